grep -rn TODO --include=*.py . | sort
