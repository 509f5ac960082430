greet() {
  echo "Hello, $1!"
}
greet Alice
greet "Bob Smith"
function farewell { echo "Bye, ${1:-stranger}"; }
farewell
farewell Carol
