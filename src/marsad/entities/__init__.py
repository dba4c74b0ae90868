"""Named entities: CRF tagger, KB matching, rules, linking and actor codes."""
