cat <<END
Hello
  indented line
Variable: $HOME_NOT_SET
END
echo done
