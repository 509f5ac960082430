true; echo $?
false; echo $?
true extra args; echo $?
env -i A=1 B=2 env | sort
X=1 env | grep -c '^X=1$'
