cat README.md | head -50
