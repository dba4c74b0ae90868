"""Exact and near-duplicate articles and story clusters (MinHash LSH, datasketch).

- exact: equal normalised-text hash;
- copy: word 3-shingle Jaccard >= ``copy_threshold`` (agency copies, light edits);
- reworded: Jaccard of the content words of title and lead >= ``reworded_threshold``
  within ``window_days`` (the same report rewritten by another newsroom);
- same story: the same lead Jaccard >= ``story_threshold`` within the window.
Thresholds were set by reading ANT pairs from each similarity band (bench/RESULTS.md).
Duplicates point at the earliest article of their group (``articles.dup_of``); stories
are connected components of same-story pairs (``articles.story_id``, ``stories``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from datasketch import MinHashLSH
from sqlalchemy import Connection, bindparam, delete, insert, select, update

from marsad.corpus.minhash import NUM_PERM, unpack
from marsad.store import schema as S
from marsad.store.db import Store


@dataclass(frozen=True, slots=True)
class ClusterOptions:
    copy_threshold: float = 0.7
    reworded_threshold: float = 0.4
    story_threshold: float = 0.3
    window_days: int = 2


@dataclass(frozen=True, slots=True)
class Item:
    id: int
    text_hash: str
    source: str | None
    published: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class Pair:
    a: int
    b: int
    kind: str  # exact | copy | reworded | story
    similarity: float


@dataclass
class ClusterReport:
    exact_dups: int = 0
    copy_dups: int = 0
    reworded_pairs: int = 0
    story_pairs: int = 0
    stories: int = 0

    def __str__(self) -> str:
        return (f"{self.exact_dups} exact duplicates, {self.copy_dups} near copies, "
                f"{self.reworded_pairs} reworded and {self.story_pairs} same-story pairs "
                f"in {self.stories} stories")  # fmt: skip


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: int, b: int) -> None:
        self.parent.setdefault(a, a)
        self.parent.setdefault(b, b)
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the earliest id is the root

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return out


def _days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return None


def load(conn: Connection) -> tuple[list[Item], dict[int, bytes]]:
    a = S.articles.c
    rows = conn.execute(select(a.id, a.text_hash, a.source, a.published, a.title, a.minhash))
    items, sigs = [], {}
    for r in rows:
        items.append(Item(r.id, r.text_hash, r.source, r.published, r.title))
        if r.minhash:
            sigs[r.id] = bytes(r.minhash)
    return items, sigs


def find_pairs(items: list[Item], sigs: dict[int, bytes], opts: ClusterOptions) -> list[Pair]:
    """All exact, copy and same-story pairs (each unordered pair once, strongest kind)."""
    by_id = {it.id: it for it in items}
    found: dict[tuple[int, int], Pair] = {}
    by_hash: dict[str, list[int]] = defaultdict(list)
    for it in items:
        by_hash[it.text_hash].append(it.id)
    for ids in by_hash.values():
        for other in ids[1:]:
            found[(ids[0], other)] = Pair(ids[0], other, "exact", 1.0)
    copy_lsh = MinHashLSH(threshold=opts.copy_threshold, num_perm=NUM_PERM)
    story_lsh = MinHashLSH(threshold=opts.story_threshold, num_perm=NUM_PERM)
    hashes = {i: unpack(blob) for i, blob in sigs.items()}
    # An empty set (a text of one or two words) has the all-max signature, which would
    # match every other empty one: such articles only take part in exact matching.
    hashes = {i: pair for i, pair in hashes.items() if not pair[0].is_empty()}
    for i, (sh, lead) in hashes.items():
        copy_lsh.insert(i, sh)
        story_lsh.insert(i, lead)
    for i, (sh, lead) in hashes.items():
        for j in copy_lsh.query(sh):
            sim = sh.jaccard(hashes[j][0])
            if j > i and sim >= opts.copy_threshold and (i, j) not in found:
                found[(i, j)] = Pair(i, j, "copy", sim)
        for j in story_lsh.query(lead):
            if j <= i or (i, j) in found:
                continue
            days = _days_apart(by_id[i].published, by_id[j].published)
            sim = lead.jaccard(hashes[j][1])
            if sim >= opts.story_threshold and (days is None or days <= opts.window_days):
                kind = "reworded" if sim >= opts.reworded_threshold else "story"
                found[(i, j)] = Pair(i, j, kind, sim)
    return list(found.values())


def cluster(store: Store, opts: ClusterOptions | None = None) -> ClusterReport:
    """Recompute ``dup_of``, ``story_id`` and ``stories`` over the whole store."""
    opts = opts or ClusterOptions()
    items, sigs = store.read(load)
    pairs = find_pairs(items, sigs, opts)
    dups, stories = UnionFind(), UnionFind()
    report = ClusterReport()
    for p in pairs:
        stories.union(p.a, p.b)
        if p.kind == "story":
            report.story_pairs += 1
        elif p.kind == "reworded":
            report.reworded_pairs += 1
        else:
            dups.union(p.a, p.b)
            report.exact_dups += p.kind == "exact"
            report.copy_dups += p.kind == "copy"
    by_id = {it.id: it for it in items}
    story_groups = {root: ids for root, ids in stories.groups().items() if len(ids) > 1}
    report.stories = len(story_groups)
    store.transaction(lambda conn: _save(conn, dups, story_groups, by_id))
    return report


def _save(
    conn: Connection, dups: UnionFind, groups: dict[int, list[int]], by_id: dict[int, Item]
) -> None:
    a = S.articles
    conn.execute(update(a).values(dup_of=None, story_id=None))
    conn.execute(delete(S.stories))
    dup_rows = [{"i": x, "d": dups.find(x)} for x in dups.parent if dups.find(x) != x]
    if dup_rows:
        stmt = update(a).where(a.c.id == bindparam("i")).values(dup_of=bindparam("d"))
        conn.execute(stmt, dup_rows)
    story_rows: list[dict[str, object]] = []
    members: list[dict[str, int]] = []
    for root, ids in groups.items():
        its = [by_id[i] for i in ids]
        dates = sorted(d for d in (it.published for it in its) if d)
        first = min(its, key=lambda it: (it.published or "9999", it.id))
        story_rows.append(dict(
            id=root, title=first.title, first_seen=dates[0] if dates else None,
            last_seen=dates[-1] if dates else None, n_articles=len(ids),
            n_sources=len({it.source for it in its if it.source}),
        ))  # fmt: skip
        members.extend({"i": i, "s": root} for i in ids)
    if story_rows:
        conn.execute(insert(S.stories), story_rows)
        stmt = update(a).where(a.c.id == bindparam("i")).values(story_id=bindparam("s"))
        conn.execute(stmt, members)
