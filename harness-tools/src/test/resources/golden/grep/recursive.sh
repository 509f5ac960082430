grep -r TODO src | sort
grep -rl Builder src | sort
grep -rn FIXME . | sort
grep -rc TODO src/scripts | sort
