"""What several tests share: fixtures' building blocks, fake keyrings, servers, helpers that
drive the window. Tests import from here, never from one another (a test module imported
by another is collected twice and its fixtures leak into the importer)."""
