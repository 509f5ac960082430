sum=0
for ((i = 1; i <= 10; i++)); do
  sum=$((sum + i))
done
echo "sum=$sum"
n=5; f=1; while ((n > 1)); do f=$((f * n)); n=$((n - 1)); done; echo "5!=$f"
