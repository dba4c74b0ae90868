// marsad dashboard: a small hash-routed single page over the REST API (no build step,
// no third-party code). Views: events, event, timeline, network, actor, stories, story,
// article, search. Charts are drawn as SVG here.
"use strict";

const T = {
  ar: {
    brand: "مرصد", nav_events: "الأحداث", nav_timeline: "الخط الزمني", nav_network: "الشبكة",
    nav_stories: "القصص", nav_search: "البحث", toggle: "English",
    footer: "مرصد: من فعل ماذا بمن، ومتى وأين، ومن قال ماذا",
    type: "النوع", any: "الكل", actor: "الفاعل", source_actor: "المصدر", target_actor: "الهدف",
    country: "الدولة (ISO3)", from: "من", to: "إلى", min_conf: "أدنى ثقة", news_source: "الوسيلة",
    sort: "الترتيب", date: "التاريخ", confidence: "الثقة", goldstein: "غولدشتاين", apply: "تطبيق",
    reset: "مسح", event: "الحدث", title: "العنوان", prev: "السابق", next: "التالي",
    of: "من", results: "نتيجة", loading: "جارٍ التحميل…", none: "لا نتائج",
    evidence: "الدليل", trigger: "المحفّز", mentions: "الإشارات", article: "المقال",
    cooperation: "تعاون", conflict: "نزاع", by_type: "حسب النوع", by_quad: "تعاون/نزاع",
    q1: "تعاون لفظي", q2: "تعاون مادي", q3: "نزاع لفظي", q4: "نزاع مادي",
    counterparts: "أبرز الأطراف المقابلة", latest: "آخر الأحداث", quotes: "تصريحات",
    events_count: "أحداث", articles_count: "مقالات", sources_count: "وسائل",
    stories: "القصص", story: "القصة", search: "بحث", search_ph: "ابحث في المقالات…",
    actors: "الفاعلون", entities: "الكيانات", dates: "التواريخ", legend: "المفتاح",
    ent: "كيان", datex: "تاريخ", quote: "اقتباس", trig: "محفّز حدث", speaker: "المتحدث",
    network_help: "العُقد فاعلون والروابط تفاعلات؛ الأخضر تعاون والأحمر نزاع. انقر على عقدة لفتح صفحة الفاعل.",
    not_found: "غير موجود", error: "خطأ", days: "يوم", published: "النشر", category: "القسم",
    all_sources: "كل الوسائل", reported_by: "تقارير أخرى عن الحدث نفسه", open: "فتح",
    negated: "منفي", intent: "نية", hypothetical: "افتراضي", passing: "ذكر عابر",
  },
  en: {
    brand: "marsad", nav_events: "Events", nav_timeline: "Timeline", nav_network: "Network",
    nav_stories: "Stories", nav_search: "Search", toggle: "العربية",
    footer: "marsad: who did what to whom, when, where, and who said what",
    type: "Type", any: "Any", actor: "Actor", source_actor: "Source", target_actor: "Target",
    country: "Country (ISO3)", from: "From", to: "To", min_conf: "Min. confidence",
    news_source: "News source", sort: "Sort", date: "Date", confidence: "Confidence",
    goldstein: "Goldstein", apply: "Apply", reset: "Reset", event: "Event", title: "Title",
    prev: "Previous", next: "Next", of: "of", results: "results", loading: "Loading…",
    none: "No results", evidence: "Evidence", trigger: "Trigger", mentions: "Mentions",
    article: "Article", cooperation: "Cooperation", conflict: "Conflict", by_type: "By type",
    by_quad: "Cooperation/conflict", q1: "Verbal cooperation", q2: "Material cooperation",
    q3: "Verbal conflict", q4: "Material conflict", counterparts: "Main counterparts",
    latest: "Latest events", quotes: "Quotes", events_count: "events",
    articles_count: "articles", sources_count: "sources", stories: "Stories", story: "Story",
    search: "Search", search_ph: "Search articles…", actors: "Actors", entities: "Entities",
    dates: "Dates", legend: "Legend", ent: "Entity", datex: "Date", quote: "Quote",
    trig: "Event trigger", speaker: "Speaker",
    network_help: "Nodes are actors, edges interactions: green cooperation, red conflict. Click a node to open the actor.",
    not_found: "Not found", error: "Error", days: "days", published: "Published",
    category: "Section", all_sources: "All sources", reported_by: "Other reports of the same event",
    open: "Open", negated: "negated", intent: "intent", hypothetical: "hypothetical",
    passing: "named in passing",
  },
};
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const TYPE_AR = {
  AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "دعم", CONCEDE: "تنازل", COOPERATE: "تعاون",
  AID: "مساعدة", RETREAT: "انسحاب", REQUEST: "طلب", ACCUSE: "اتهام", REJECT: "رفض",
  THREATEN: "تهديد", PROTEST: "احتجاج", SANCTION: "عقوبات", MOBILIZE: "تعبئة", COERCE: "إكراه",
  ASSAULT: "هجوم",
};
const QUAD_COLORS = { 1: "#4caf7d", 2: "#1e7b4f", 3: "#f08a5d", 4: "#c0392b" };
const TYPE_COLORS = ["#1f77b4", "#2ca02c", "#17becf", "#9467bd", "#8c564b", "#bcbd22", "#7f7f7f",
  "#aec7e8", "#ff7f0e", "#d62728", "#e377c2", "#ff9896", "#98df8a", "#c5b0d5", "#c49c94", "#f7b6d2"];

let LANG = localStorage.getItem("marsad.lang") || "ar";
let STATS = null;
const $view = () => document.getElementById("view");
const t = (k) => (T[LANG][k] ?? k);
const typeName = (ty) => (LANG === "ar" ? `${TYPE_AR[ty] || ty}` : ty);
// Source to target, pointing the way the page reads.
const arrow = () => (LANG === "ar" ? "←" : "→");

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) =>
    ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== "") qs.set(k, v);
  }
  const url = path + (qs.toString() ? `?${qs}` : "");
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? `${body.error.code}: ${body.error.message}` : res.status);
  return body;
}

function parseHash() {
  const h = location.hash.replace(/^#\/?/, "") || "events";
  const [path, query] = h.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  return { name: parts[0], arg: parts[1], params: Object.fromEntries(new URLSearchParams(query || "")) };
}

function go(name, arg, params) {
  const qs = new URLSearchParams(
    Object.entries(params || {}).filter(([, v]) => v !== undefined && v !== null && v !== ""));
  location.hash = `#/${name}${arg !== undefined && arg !== null ? "/" + encodeURIComponent(arg) : ""}${qs.toString() ? "?" + qs : ""}`;
}

function applyLang() {
  document.documentElement.lang = LANG;
  document.documentElement.dir = LANG === "ar" ? "rtl" : "ltr";
  document.title = t("brand");
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.getElementById("lang").textContent = t("toggle");
}

// -- small renderers ---------------------------------------------------------
const actorLink = (code, text) => code
  ? `<a class="actor" href="#/actor/${encodeURIComponent(code)}" title="${esc(code)}">${esc(text || code)}</a>`
  : `<span class="muted">${esc(text || "—")}</span>`;
const typeBadge = (ty, q) => `<span class="badge q${q || 1}" title="${esc(ty)} · QuadClass ${q || "?"}">${esc(typeName(ty))}</span>`;

// What keeps an event from being a plain report that it happened (API flags).
const flagTags = (e) => [["negated", e.negated], ["intent", e.intent],
  ["hypothetical", e.hypothetical], ["passing", e.reported === false]]
  .filter(([, on]) => on).map(([k]) => ` <span class="tag" data-testid="event-flag">${t(k)}</span>`).join("");

function eventsTable(items, opts = {}) {
  if (!items.length) return `<p class="muted">${t("none")}</p>`;
  const rows = items.map((e) => `
    <tr data-testid="event-row" data-id="${e.id}">
      <td class="nowrap">${esc(e.date || "")}</td>
      <td>${typeBadge(e.type, e.quad_class)}${flagTags(e)}</td>
      <td>${actorLink(e.source_actor, e.source_text)}</td>
      <td>${actorLink(e.target_actor, e.target_text)}</td>
      <td class="num">${(e.confidence ?? 0).toFixed(2)}</td>
      ${opts.noTitle ? "" : `<td><a href="#/article/${e.article_id}" data-testid="article-link">${esc(e.title || t("article"))}</a> <span class="muted">${esc(e.news_source || "")}</span></td>`}
      <td><a href="#/event/${e.id}" data-testid="event-link">${t("open")}</a></td>
    </tr>`).join("");
  return `<div class="scroll"><table class="grid" data-testid="events-table"><thead><tr>
    <th>${t("date")}</th><th>${t("type")}</th><th>${t("source_actor")}</th><th>${t("target_actor")}</th>
    <th>${t("confidence")}</th>${opts.noTitle ? "" : `<th>${t("article")}</th>`}<th></th></tr></thead>
    <tbody>${rows}</tbody></table></div>`;
}

function pager(page, onPage) {
  const { total, limit, offset } = page;
  const div = document.createElement("div");
  div.className = "pager";
  div.innerHTML = `<button type="button" data-p="-1" ${offset <= 0 ? "disabled" : ""}>${t("prev")}</button>
    <span data-testid="total">${total ? offset + 1 : 0}–${Math.min(offset + limit, total)} ${t("of")} ${total} ${t("results")}</span>
    <button type="button" data-p="1" ${offset + limit >= total ? "disabled" : ""}>${t("next")}</button>`;
  div.querySelectorAll("button").forEach((b) => b.addEventListener("click", () =>
    onPage(Math.max(0, offset + Number(b.dataset.p) * limit))));
  return div;
}

function field(name, label, value, attrs = "") {
  return `<label>${esc(label)}<input name="${name}" value="${esc(value || "")}" ${attrs}></label>`;
}
function typeSelect(value) {
  const opts = TYPES.map((ty) => `<option value="${ty}" ${ty === value ? "selected" : ""}>${esc(typeName(ty))}</option>`).join("");
  return `<label>${t("type")}<select name="type" data-testid="filter-type"><option value="">${t("any")}</option>${opts}</select></label>`;
}
function formValues(form) {
  return Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => v !== ""));
}

// -- views ----------------------------------------------------------------------
async function viewEvents(p) {
  const view = $view();
  const sources = (STATS?.sources || []).map((s) => `<option ${s.name === p.source ? "selected" : ""}>${esc(s.name)}</option>`).join("");
  view.innerHTML = `<h1>${t("nav_events")}</h1>
    <form class="filters" id="ev-filters" data-testid="event-filters">
      ${typeSelect(p.type)}
      ${field("actor", t("actor"), p.actor, 'placeholder="USA, TURGOV…"')}
      ${field("country", t("country"), p.country, 'maxlength="3" placeholder="SYR"')}
      ${field("date_from", t("from"), p.date_from, 'type="date"')}
      ${field("date_to", t("to"), p.date_to, 'type="date"')}
      ${field("min_confidence", t("min_conf"), p.min_confidence, 'type="number" min="0" max="1" step="0.1"')}
      <label>${t("news_source")}<select name="source"><option value="">${t("all_sources")}</option>${sources}</select></label>
      <label>${t("sort")}<select name="sort">${["date", "confidence", "goldstein"].map((s) => `<option value="${s}" ${s === p.sort ? "selected" : ""}>${t(s)}</option>`).join("")}</select></label>
      <div class="buttons"><button type="submit" data-testid="apply">${t("apply")}</button>
      <button type="button" id="ev-reset">${t("reset")}</button></div>
    </form><div id="ev-results">${t("loading")}</div>`;
  const form = document.getElementById("ev-filters");
  form.addEventListener("submit", (e) => { e.preventDefault(); go("events", null, formValues(form)); });
  document.getElementById("ev-reset").addEventListener("click", () => go("events"));
  const params = { ...p, limit: 50, offset: p.offset || 0 };
  if (params.actor) params.actor = params.actor.toUpperCase();
  if (params.country) params.country = params.country.toUpperCase();
  const page = await api("/events", params);
  const out = document.getElementById("ev-results");
  out.innerHTML = eventsTable(page.items);
  out.prepend(pager(page, (offset) => go("events", null, { ...p, offset })));
}

async function viewEvent(id) {
  const d = await api(`/events/${encodeURIComponent(id)}`);
  const e = d.event;
  const mentions = d.mentions.map((m) => `
    <li class="mention" data-testid="mention">
      <blockquote>${highlightOne(m.evidence, m.trigger)}</blockquote>
      <div class="muted">${esc(m.published || "")} · ${esc(m.news_source || "")} ·
        <a href="#/article/${m.article_id}">${esc(m.title || t("article"))}</a>
        ${m.event_id !== e.id ? `<span class="tag">${t("reported_by")}</span>` : ""}</div>
    </li>`).join("");
  $view().innerHTML = `<h1>${typeBadge(e.type, e.quad_class)} ${actorLink(e.source_actor, e.source_text)} ${arrow()} ${actorLink(e.target_actor, e.target_text)}${flagTags(e)}</h1>
    <dl class="facts">
      <dt>${t("date")}</dt><dd>${esc(e.date || "—")}</dd>
      <dt>CAMEO</dt><dd>${esc(e.cameo || "—")} · QuadClass ${esc(e.quad_class ?? "—")}</dd>
      <dt>${t("goldstein")}</dt><dd>${esc(e.goldstein ?? "—")}</dd>
      <dt>${t("confidence")}</dt><dd>${(e.confidence ?? 0).toFixed(2)}</dd>
      <dt>${t("article")}</dt><dd><a href="#/article/${e.article_id}">${esc(e.title || e.article_id)}</a></dd>
    </dl>
    <h2>${t("mentions")} (${d.mentions.length})</h2><ul class="mentions">${mentions}</ul>`;
}

function highlightOne(text, trigger) {
  const i = trigger ? text.indexOf(trigger) : -1;
  if (i < 0) return esc(text);
  return `${esc(text.slice(0, i))}<mark class="trig">${esc(trigger)}</mark>${esc(text.slice(i + trigger.length))}`;
}

// Stacked bars per day on a true time axis (days without events leave gaps).
// ``rows`` are {date, key, n}; ``keys`` fixes the stacking order.
const dayNumber = (d) => Math.round(Date.parse(d + "T00:00:00Z") / 86400000);

function barChart(rows, keys, colorOf, labelOf) {
  const days = [...new Set(rows.map((r) => r.date))].sort();
  if (!days.length) return `<p class="muted">${t("none")}</p>`;
  const byDay = new Map(days.map((d) => [d, {}]));
  for (const r of rows) byDay.get(r.date)[r.key] = (byDay.get(r.date)[r.key] || 0) + r.n;
  const max = Math.max(...days.map((d) => Object.values(byDay.get(d)).reduce((a, b) => a + b, 0)));
  const first = dayNumber(days[0]), span = dayNumber(days[days.length - 1]) - first + 1;
  const W = 960, H = 260, pad = 30, bw = Math.min(40, Math.max(1, (W - 2 * pad) / span));
  const xOf = (d) => pad + (dayNumber(d) - first) * bw;
  let bars = "";
  for (const d of days) {
    let y = H - pad;
    for (const k of keys) {
      const n = byDay.get(d)[k] || 0;
      if (!n) continue;
      const h = ((H - 2 * pad) * n) / max;
      y -= h;
      bars += `<rect x="${xOf(d).toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(bw - 1, 0.8).toFixed(1)}" height="${h.toFixed(1)}" fill="${colorOf(k)}"><title>${esc(d)} · ${esc(labelOf(k))}: ${n}</title></rect>`;
    }
  }
  const anchors = ["start", "middle", "end"];
  const ticks = [...new Set([days[0], days[Math.floor(days.length / 2)], days[days.length - 1]])].map((d, j, all) =>
    `<text x="${xOf(d) + (j === 2 ? bw : 0)}" y="${H - 8}" font-size="11" direction="ltr" text-anchor="${all.length === 1 ? "start" : anchors[j]}">${esc(d)}</text>`).join("");
  const legend = keys.filter((k) => rows.some((r) => r.key === k)).map((k) =>
    `<span class="key"><i style="background:${colorOf(k)}"></i>${esc(labelOf(k))}</span>`).join("");
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" data-testid="timeline-chart" role="img">
    <line x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}" stroke="#999"/>
    <text x="${pad}" y="14" font-size="11">${max}</text>${bars}${ticks}</svg><div class="legend">${legend}</div>`;
}

function timelineChart(days, mode) {
  if (mode === "type") {
    return barChart(days.map((d) => ({ date: d.date, key: d.type, n: d.n })), TYPES,
      (k) => TYPE_COLORS[TYPES.indexOf(k)], typeName);
  }
  return barChart(days.map((d) => ({ date: d.date, key: String(d.quad_class), n: d.n })),
    ["1", "2", "3", "4"], (k) => QUAD_COLORS[k], (k) => t(`q${k}`));
}

function defaultRange(p, days) {
  if (p.date_from || p.date_to || !STATS?.last_date) return p;
  const end = new Date(STATS.last_date);
  const start = new Date(end.getTime() - days * 86400000);
  return { ...p, date_from: start.toISOString().slice(0, 10), date_to: STATS.last_date };
}

async function viewTimeline(p0) {
  const p = defaultRange(p0, 90);
  const mode = p.mode || "quad";
  $view().innerHTML = `<h1>${t("nav_timeline")}</h1>
    <form class="filters" id="tl-filters">${typeSelect(p.type)}
      ${field("actor", t("actor"), p.actor)}${field("country", t("country"), p.country, 'maxlength="3"')}
      ${field("date_from", t("from"), p.date_from, 'type="date"')}${field("date_to", t("to"), p.date_to, 'type="date"')}
      <label>${t("legend")}<select name="mode"><option value="quad">${t("by_quad")}</option>
        <option value="type" ${mode === "type" ? "selected" : ""}>${t("by_type")}</option></select></label>
      <div class="buttons"><button type="submit">${t("apply")}</button></div></form>
    <div id="tl-chart">${t("loading")}</div>`;
  const form = document.getElementById("tl-filters");
  form.addEventListener("submit", (e) => { e.preventDefault(); go("timeline", null, formValues(form)); });
  const { mode: _m, ...q } = p;
  if (q.actor) q.actor = q.actor.toUpperCase();
  if (q.country) q.country = q.country.toUpperCase();
  const data = await api("/timeline", q);
  document.getElementById("tl-chart").innerHTML = timelineChart(data.days, mode);
}

// Fruchterman-Reingold layout with a pull to the centre (so that unconnected pairs do not
// drift to the border); a fixed start on a circle makes it deterministic.
function layout(nodes, edges, W, H) {
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    return [n.id, { x: W / 2 + (W / 4) * Math.cos(a), y: H / 2 + (H / 4) * Math.sin(a), dx: 0, dy: 0 }];
  }));
  const k = Math.min(80, 0.75 * Math.sqrt((W * H) / Math.max(nodes.length, 1)));
  const pts = [...pos.values()];
  let temp = W / 8;
  for (let step = 0; step < 300; step++) {
    for (const p of pts) { p.dx = (W / 2 - p.x) * 0.6; p.dy = (H / 2 - p.y) * 0.9; }
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const a = pts[i], b = pts[j];
        const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.hypot(dx, dy), 1);
        const f = (k * k) / d / d;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.hypot(dx, dy), 1);
      const f = d / k;
      a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
    }
    for (const p of pts) {
      const d = Math.max(Math.hypot(p.dx, p.dy), 0.01), m = Math.min(d, temp);
      p.x = Math.min(W - 70, Math.max(70, p.x + (p.dx / d) * m));
      p.y = Math.min(H - 25, Math.max(30, p.y + (p.dy / d) * m));
    }
    temp = Math.max(temp * 0.985, 1);
  }
  return pos;
}

async function viewNetwork(p0) {
  const p = defaultRange(p0, 30);
  $view().innerHTML = `<h1>${t("nav_network")}</h1>
    <form class="filters" id="nw-filters">${typeSelect(p.type)}
      ${field("date_from", t("from"), p.date_from, 'type="date"')}${field("date_to", t("to"), p.date_to, 'type="date"')}
      ${field("country", t("country"), p.country, 'maxlength="3"')}
      ${field("max_edges", "max", p.max_edges || 60, 'type="number" min="5" max="300"')}
      <div class="buttons"><button type="submit">${t("apply")}</button></div></form>
    <p class="muted">${t("network_help")}</p><div id="nw">${t("loading")}</div>`;
  const form = document.getElementById("nw-filters");
  form.addEventListener("submit", (e) => { e.preventDefault(); go("network", null, formValues(form)); });
  const q = { ...p, max_edges: p.max_edges || 60 };
  if (q.country) q.country = q.country.toUpperCase();
  const net = await api("/network", q);
  document.getElementById("nw").innerHTML = networkSvg(net);
}

function networkSvg(net) {
  if (!net.nodes.length) return `<p class="muted">${t("none")}</p>`;
  const W = 960, H = 600;
  const pos = layout(net.nodes, net.edges, W, H);
  const maxE = Math.max(...net.edges.map((e) => e.n_events));
  const maxN = Math.max(...net.nodes.map((n) => n.n_events));
  const edges = net.edges.map((e) => {
    const a = pos.get(e.source), b = pos.get(e.target);
    const cls = e.n_conflict > e.n_cooperation ? "conflict" : "cooperation";
    const types = Object.entries(e.types).map(([k, v]) => `${typeName(k)} ${v}`).join(", ");
    return `<line class="edge ${cls}" data-testid="edge" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}"
      stroke-width="${(1 + (5 * e.n_events) / maxE).toFixed(1)}"><title>${esc(e.source)} ${arrow()} ${esc(e.target)}: ${types}</title></line>`;
  }).join("");
  const nodes = net.nodes.map((n) => {
    const p = pos.get(n.id), r = 5 + (14 * Math.sqrt(n.n_events)) / Math.sqrt(maxN);
    const label = LANG === "en" ? (n.name_en || n.id) : (n.name || n.id);
    return `<a href="#/actor/${encodeURIComponent(n.id)}" class="node" data-testid="node" data-code="${esc(n.id)}">
      <circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}"><title>${esc(n.id)} · ${n.n_events}</title></circle>
      <text x="${p.x.toFixed(1)}" y="${(p.y - r - 3).toFixed(1)}" text-anchor="middle">${esc(label)}</text></a>`;
  }).join("");
  return `<svg class="network" viewBox="0 0 ${W} ${H}" data-testid="network">${edges}${nodes}</svg>
    <div class="legend"><span class="key"><i style="background:#2e9d63"></i>${t("cooperation")}</span>
    <span class="key"><i style="background:#c0392b"></i>${t("conflict")}</span></div>`;
}

async function viewActor(code, p) {
  const d = await api(`/actors/${encodeURIComponent(code)}`, { date_from: p.date_from, date_to: p.date_to });
  const a = d.actor;
  const name = LANG === "en" ? (a.name_en || a.name || a.code) : (a.name || a.name_en || a.code);
  const cps = d.counterparts.map((c) => {
    const w = (x) => ((100 * x) / Math.max(c.n_events, 1)).toFixed(0);
    return `<tr><td>${actorLink(c.code, c.name)}</td><td class="num">${c.n_events}</td>
      <td><div class="split"><i class="cooperation" style="width:${w(c.n_cooperation)}%"></i><i class="conflict" style="width:${w(c.n_conflict)}%"></i></div></td></tr>`;
  }).join("");
  const quotes = d.quotes.map((q) => `<li><blockquote>${esc(q.text)}</blockquote>
    <div class="muted">${esc(q.speaker_text || q.speaker || "")} · ${esc(q.published || "")} · <a href="#/article/${q.article_id}">${t("article")}</a></div></li>`).join("");
  $view().innerHTML = `<h1 data-testid="actor-name">${esc(name)} <span class="code">${esc(a.code)}</span></h1>
    <p class="muted">${a.n_events} ${t("events_count")} · ${a.n_articles} ${t("articles_count")}</p>
    <section>${timelineChart(d.timeline, "quad")}</section>
    <div class="cols"><section><h2>${t("counterparts")}</h2><div class="scroll"><table class="grid">
      <thead><tr><th>${t("actor")}</th><th>${t("events_count")}</th><th>${t("cooperation")} / ${t("conflict")}</th></tr></thead>
      <tbody>${cps}</tbody></table></div></section>
    <section><h2>${t("quotes")}</h2><ul class="quotes">${quotes || `<li class="muted">${t("none")}</li>`}</ul></section></div>
    <h2>${t("latest")}</h2>${eventsTable(d.events)}`;
}

async function viewStories(p) {
  const page = await api("/stories", { limit: 50, offset: p.offset || 0 });
  const rows = page.items.map((s) => `<tr><td><a href="#/story/${s.id}" data-testid="story-link">${esc(s.title || s.id)}</a></td>
    <td class="nowrap">${esc(s.first_seen || "")} – ${esc(s.last_seen || "")}</td><td class="num">${s.n_articles}</td><td class="num">${s.n_sources}</td></tr>`).join("");
  $view().innerHTML = `<h1>${t("stories")}</h1><div class="scroll"><table class="grid"><thead><tr><th>${t("title")}</th>
    <th>${t("date")}</th><th>${t("articles_count")}</th><th>${t("sources_count")}</th></tr></thead><tbody>${rows || `<tr><td colspan="4" class="muted">${t("none")}</td></tr>`}</tbody></table></div>`;
  $view().prepend(pager(page, (offset) => go("stories", null, { offset })));
}

async function viewStory(id) {
  const d = await api(`/stories/${encodeURIComponent(id)}`);
  const arts = d.articles.map((a) => `<li><a href="#/article/${a.id}">${esc(a.title || a.id)}</a> <span class="muted">${esc(a.source || "")} · <span class="ltr">${esc(a.published || "")}</span></span></li>`).join("");
  $view().innerHTML = `<h1>${t("story")}: ${esc(d.story.title || d.story.id)}</h1>
    <p class="muted">${d.story.n_articles} ${t("articles_count")} · ${d.story.n_sources} ${t("sources_count")} · <span class="ltr">${esc(d.story.first_seen || "")} – ${esc(d.story.last_seen || "")}</span></p>
    <section>${timelineChart(d.timeline, "type")}</section>
    <h2>${t("articles_count")}</h2><ul class="list">${arts}</ul><h2>${t("nav_events")}</h2>${eventsTable(d.events)}`;
}

// Article text with every span marked. Spans may nest or overlap (a quote holds entities),
// so the text is cut at every span boundary and each piece carries all spans covering it.
function annotate(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = esc(text.slice(a, b)).replace(/\n/g, "<br>");
    const on = spans.filter((s) => s.start <= a && s.end >= b);
    if (!on.length) { html += piece; continue; }
    const cls = [...new Set(on.map((s) => s.cls))].join(" ");
    const tip = on.map((s) => s.tip).join("\n");
    const test = on.map((s) => s.kind).join(" ");
    html += `<span class="hl ${cls}" title="${esc(tip)}" data-hl="${test}">${piece}</span>`;
  }
  return html;
}

function articleSpans(doc, eventIds) {
  const spans = [];
  for (const e of doc.entities || []) {
    for (const m of e.mentions) {
      spans.push({ start: m.start, end: m.end, cls: `ent ent-${e.type}`, kind: "entity",
        tip: `${e.type} · ${e.name}${e.actor ? " · " + e.actor : ""}${e.kb_id ? " · " + e.kb_id : ""}` });
    }
  }
  for (const d of doc.dates || []) {
    spans.push({ start: d.start, end: d.end, cls: "date", kind: "date", tip: `${d.type} · ${d.value || "?"}` });
  }
  for (const q of doc.quotes || []) {
    spans.push({ start: q.start, end: q.end, cls: "quote", kind: "quote",
      tip: `${t("quote")} · ${q.speaker || q.speaker_text || "?"}${q.speaker_actor ? " · " + q.speaker_actor : ""}` });
  }
  for (const ev of doc.events || []) {
    for (const m of ev.mentions) {
      const src = ev.source ? ev.source.actor || ev.source.text : "?";
      const tgt = ev.target ? ev.target.actor || ev.target.text : "?";
      spans.push({ start: m.trigger_start, end: m.trigger_end, cls: `trig q${ev.quad_class || 1}`, kind: "trigger",
        tip: `${ev.type} · CAMEO ${ev.cameo || "?"} · QuadClass ${ev.quad_class ?? "?"} · ${src} ${arrow()} ${tgt}${eventIds[ev.id] ? " · #" + eventIds[ev.id] : ""}` });
    }
  }
  return spans;
}

async function viewArticle(id) {
  const d = await api(`/articles/${encodeURIComponent(id)}`);
  const doc = d.analysis || {};
  const a = d.article;
  const evs = (doc.events || []).map((ev) => {
    const link = d.event_ids[ev.id] ? `<a href="#/event/${d.event_ids[ev.id]}">${t("open")}</a>` : "";
    return `<li>${typeBadge(ev.type, ev.quad_class)} ${actorLink(ev.source?.actor, ev.source?.text)} ${arrow()} ${actorLink(ev.target?.actor, ev.target?.text)} <span class="muted">${esc(ev.date || "")}</span> ${link}</li>`;
  }).join("");
  const ents = (doc.entities || []).map((e) => `<li><span class="hl ent ent-${e.type}">${esc(e.name)}</span> <span class="muted">${e.type}${e.actor ? " · " + actorLink(e.actor) : ""}</span></li>`).join("");
  const quotes = (doc.quotes || []).map((q) => `<li><blockquote>${esc(q.text)}</blockquote><div class="muted">${t("speaker")}: ${esc(q.speaker_text || q.speaker || "?")}</div></li>`).join("");
  $view().innerHTML = `<article class="article">
    <h1 data-testid="article-title">${esc(a.title || "")}</h1>
    <p class="muted">${esc(a.source || "")} · ${t("published")} <span class="ltr">${esc(a.published || "—")}</span> ${d.category ? "· " + esc(d.category) : ""}
      ${a.story_id ? `· <a href="#/story/${a.story_id}">${t("story")}</a>` : ""} ${a.url ? `· <a href="${esc(a.url)}" rel="noreferrer">URL</a>` : ""}</p>
    <div class="legend"><span class="hl ent ent-PER">${t("ent")}</span> <span class="hl date">${t("datex")}</span>
      <span class="hl quote">${t("quote")}</span> <span class="hl trig q4">${t("trig")}</span></div>
    <div class="cols"><div class="text" dir="rtl" lang="ar" data-testid="article-text">${annotate(d.text, articleSpans(doc, d.event_ids))}</div>
    <aside><h2>${t("nav_events")}</h2><ul class="list">${evs || `<li class="muted">${t("none")}</li>`}</ul>
      <h2>${t("quotes")}</h2><ul class="quotes">${quotes || `<li class="muted">${t("none")}</li>`}</ul>
      <h2>${t("entities")}</h2><ul class="list">${ents}</ul></aside></div></article>`;
}

async function viewSearch(p) {
  $view().innerHTML = `<h1>${t("search")}</h1>
    <form class="filters" id="search-form"><label class="wide">${t("search")}<input name="q" type="search" value="${esc(p.q || "")}" placeholder="${t("search_ph")}" data-testid="search-input"></label>
      ${field("date_from", t("from"), p.date_from, 'type="date"')}${field("date_to", t("to"), p.date_to, 'type="date"')}
      <div class="buttons"><button type="submit" data-testid="search-submit">${t("search")}</button></div></form>
    <div class="cols"><section id="s-articles"></section><section id="s-actors"></section></div>`;
  const form = document.getElementById("search-form");
  form.addEventListener("submit", (e) => { e.preventDefault(); go("search", null, formValues(form)); });
  if (!p.q) return;
  const [arts, actors] = await Promise.all([
    api("/articles", { q: p.q, date_from: p.date_from, date_to: p.date_to, limit: 50, offset: p.offset || 0 }),
    api("/actors", { q: p.q, limit: 20 }),
  ]);
  const list = arts.items.map((a) => `<li data-testid="search-hit"><a href="#/article/${a.id}">${esc(a.title || a.id)}</a>
    <span class="muted">${esc(a.source || "")} · <span class="ltr">${esc(a.published || "")}</span></span></li>`).join("");
  const sa = document.getElementById("s-articles");
  sa.innerHTML = `<h2>${t("articles_count")}</h2><ul class="list">${list || `<li class="muted">${t("none")}</li>`}</ul>`;
  sa.prepend(pager(arts, (offset) => go("search", null, { ...p, offset })));
  document.getElementById("s-actors").innerHTML = `<h2>${t("actors")}</h2><ul class="list">${
    actors.items.map((a) => `<li>${actorLink(a.code, LANG === "en" ? a.name_en || a.name : a.name || a.name_en)} <span class="muted">${a.code} · ${a.n_events}</span></li>`).join("") || `<li class="muted">${t("none")}</li>`}</ul>`;
}

const VIEWS = {
  events: (r) => viewEvents(r.params), event: (r) => viewEvent(r.arg),
  timeline: (r) => viewTimeline(r.params), network: (r) => viewNetwork(r.params),
  actor: (r) => viewActor(r.arg, r.params), stories: (r) => viewStories(r.params),
  story: (r) => viewStory(r.arg), article: (r) => viewArticle(r.arg), search: (r) => viewSearch(r.params),
};

async function render() {
  const r = parseHash();
  document.querySelectorAll("#nav a").forEach((a) => a.classList.toggle("active", a.dataset.route === r.name));
  const view = VIEWS[r.name] || VIEWS.events;
  $view().dataset.view = r.name;
  $view().dataset.ready = "0";
  try {
    if (!STATS) STATS = await api("/stats").catch(() => null);
    await view(r);
  } catch (err) {
    $view().innerHTML = `<p class="error" data-testid="error">${t("error")}: ${esc(err.message)}</p>`;
  }
  $view().dataset.ready = "1";
}

document.getElementById("lang").addEventListener("click", () => {
  LANG = LANG === "ar" ? "en" : "ar";
  localStorage.setItem("marsad.lang", LANG);
  applyLang();
  render();
});
window.addEventListener("hashchange", render);
applyLang();
render();
