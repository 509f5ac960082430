cat <<A; cat <<B
first
A
second
B
echo end
