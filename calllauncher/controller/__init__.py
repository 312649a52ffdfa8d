"""Qt objects without widgets: dialing, following calls, loading lists. They emit signals."""
