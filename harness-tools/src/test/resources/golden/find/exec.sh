find docs -name '*.md' -exec wc -l {} \; | sort
find src -name '*.py' -exec grep -l TODO {} + | sort
find . -name '*.properties' -exec cat {} \; | grep -c =
