say() { echo one; }
say
say() { echo two; }
say
unset -f say
say 2>/dev/null || echo "say is gone: $?"
