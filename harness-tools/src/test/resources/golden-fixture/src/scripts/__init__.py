"""Helper scripts."""
