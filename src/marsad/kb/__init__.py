"""The knowledge base: curated entities with Arabic surface forms and CAMEO codes."""
