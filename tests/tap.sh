# tap.sh - a few TAP helpers for the shell tests (sourced, not run).
tap_n=0
tap_failed=0

# ok DESCRIPTION COMMAND...: one test point, passing when COMMAND succeeds.
ok ()
{
  desc=$1; shift
  tap_n=$((tap_n + 1))
  if "$@"; then
    echo "ok $tap_n - $desc"
  else
    echo "not ok $tap_n - $desc"
    tap_failed=$((tap_failed + 1))
  fi
}

# skip_test DESCRIPTION REASON
skip_test ()
{
  tap_n=$((tap_n + 1))
  echo "ok $tap_n - $1 # SKIP $2"
}

# done_testing: print the plan; exit status 0 (the TAP lines tell failures).
done_testing ()
{
  echo "1..$tap_n"
  exit 0
}
