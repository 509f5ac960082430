if true; then
	cat <<-EOT
	tab-indented
		two tabs
	EOT
fi
echo after
