true && echo "and runs"
false && echo "never"
false || echo "or runs"
true || echo "never"
false && echo no || echo "fallback"
mkdir out && echo created > out/log && cat out/log
cat missing 2>/dev/null || echo "missing handled"; echo "rc after or: $?"
