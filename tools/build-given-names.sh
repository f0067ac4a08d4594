#!/usr/bin/env bash
# Builds the compact given-name lexicon that the parsers ship, from the US Social Security
# Administration's baby-name data (public domain) as given in ../shared/data/lexicons/.
#
#   tools/build-given-names.sh [SSA_CSV] > parsers/src/main/resources/dev/newsmodel/parser/lexicon/given-names.tsv
#
# Input lines: name,sex,max_births_in_one_year,year. Output lines: name<TAB>share of female births
# (0.00 to 1.00, from the two sexes' peak yearly counts), for names with a peak of at least
# MIN_BIRTHS births in some year, sorted by name.
set -euo pipefail
src="${1:-../shared/data/lexicons/ssa-given-names.csv}"
MIN_BIRTHS="${MIN_BIRTHS:-40}"
{
  echo "# Given names with the share of female births, derived from the US Social Security"
  echo "# Administration's national baby-name data (public domain): names with a peak of at least"
  echo "# ${MIN_BIRTHS} births in one year. Built by tools/build-given-names.sh."
  LC_ALL=C awk -F, -v min="$MIN_BIRTHS" '
    { if ($2 == "F") f[$1] = $3; else m[$1] = $3; seen[$1] = 1 }
    END {
      for (n in seen) {
        fc = f[n] + 0; mc = m[n] + 0
        if (fc >= min || mc >= min) printf "%s\t%.2f\n", n, fc / (fc + mc)
      }
    }' "$src" | LC_ALL=C sort
}
