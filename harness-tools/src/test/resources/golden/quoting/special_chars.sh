echo "semi;colon" 'pipe|char' "amp&ersand" 'star*' "q?"
echo '#not a comment' # a comment
echo a#b
echo "{a,b}" '~' "~"
