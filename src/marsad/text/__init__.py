"""The Arabic text layer: normalisation, lines, sentences, tokens and clitics."""
