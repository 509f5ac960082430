grep -rn 'withCapacity' src | sort
sed -i 's/withCapacity/capacity/g' $(grep -rl withCapacity src | sort)
grep -rn 'capacity(' src | sort
grep -rc withCapacity src | grep -v ':0$' || echo "no references left"
