#!/usr/bin/env bash
# Installs and starts a local PostgreSQL server for the tests, as root on
# Debian 12, and prints the export lines of its address:
#   eval "$(bash .ci/postgres.sh)"
# Idempotent: an installed package, a running cluster, the role and the
# database are kept. Messages go to stderr.
set -euo pipefail

role=whosaid
password=whosaid
db=whosaid_test

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
	echo "postgres: installing the postgresql package" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
	echo "postgres: creating cluster $version/main" >&2
	pg_createcluster "$version" main >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
	echo "postgres: starting cluster $version/main on port $port" >&2
	pg_ctlcluster "$version" main start >&2
fi

psql_admin() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qtA $*"; }
for _ in $(seq 1 30); do
	psql_admin "-c 'SELECT 1'" >/dev/null 2>&1 && break
	sleep 0.5
done
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$role'\"")" != 1 ]; then
	psql_admin "-c \"CREATE ROLE $role LOGIN PASSWORD '$password'\"" >&2
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$db'\"")" != 1 ]; then
	psql_admin "-c \"CREATE DATABASE $db OWNER $role ENCODING 'UTF8' TEMPLATE template0\"" >&2
fi

echo "export WHOSAID_TEST_POSTGRES='postgres://$role:$password@127.0.0.1:$port/$db?sslmode=disable'"
echo "export WHOSAID_REQUIRE_POSTGRES=1"
