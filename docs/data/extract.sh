#!/usr/bin/env bash
# Downloads the packages that ship the bundled market data (npm registry, Debian archive), checks them
# against the checksums recorded in SOURCES.md and copies the raw source files to docs/data/work/raw/.
# Needs npm, apt-get, dpkg-deb, sha256sum and Rscript (Debian: apt-get install r-base-core).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$here/work"
rm -rf "$work"
mkdir -p "$work/pkg" "$work/raw"
cd "$work/pkg"

npm pack --silent vega-datasets@3.2.1 dc@3.2.1 @observablehq/sample-datasets@1.0.1 >/dev/null
# Pinned versions; if apt-get reports "Unable to locate package", run `apt-get update` first.
apt-get download r-cran-fbasics=4021.93-1 r-cran-timeseries=4021.105-2

sha256sum -c <<'SUMS'
6f72fda460a9863fae5fcb32f85bcd49e1761fdea6dc6cf9f4962472881cc5a3  vega-datasets-3.2.1.tgz
d9e4be2f0ff8204fdf6b92f2de23365a1069948bb14062e9490c223ccd97d421  dc-3.2.1.tgz
8cb79bcc90c9dab6155deb6aa1ec203716735301a5ed3f591817e3e0a298525a  observablehq-sample-datasets-1.0.1.tgz
cca55f7eadc3adec0425c500858c8a29a98f97b0fc929f1d7bf1e730bf31e551  r-cran-fbasics_4021.93-1_amd64.deb
12ba7000c5e34619345f0b57945d7f9ab93220f87540b95fc03f509150100ef3  r-cran-timeseries_4021.105-2_all.deb
SUMS

for t in *.tgz; do mkdir "${t%.tgz}"; tar -xzf "$t" -C "${t%.tgz}"; done
for d in *.deb; do dpkg-deb -x "$d" "${d%%_*}"; done

lib=usr/lib/R/site-library
cp vega-datasets-3.2.1/package/data/sp500-2000.csv \
   dc-3.2.1/package/web/ndx.csv \
   observablehq-sample-datasets-1.0.1/package/aapl.csv \
   r-cran-timeseries/$lib/timeSeries/extdata/msft.csv \
   r-cran-fbasics/$lib/fBasics/data/Rdata.rdb \
   r-cran-fbasics/$lib/fBasics/data/Rdata.rdx \
   "$work/raw/"

# DowJones30 exists only inside fBasics' lazy-load database (data/Rdata.rdb + .rdx), which R reads;
# write.csv prints each close with up to 15 significant digits, i.e. as the data set holds it.
if command -v Rscript >/dev/null; then
  Rscript -e 'e <- new.env(); invisible(lazyLoad("r-cran-fbasics/usr/lib/R/site-library/fBasics/data/Rdata", envir = e))
              d <- e$DowJones30; names(d)[1] <- "date"
              write.csv(d, commandArgs(TRUE)[1], row.names = FALSE, quote = FALSE)' "$work/raw/DowJones30.csv"
else
  echo "extract.sh: Rscript not found (apt-get install r-base-core): DowJones30.csv not extracted;" \
       "the 30 Dow bar files cannot be checked" >&2
fi

cd "$work/raw"
sha256sum -c <<'SUMS'
9409e9342d0657c747324e4cfabce8a8c7f663bc485b95a3378f36b0a160f8c8  sp500-2000.csv
04d01a3a5396d9ab69d4e4b6db21921c744dfe8946d9fca33cdebbab679f1d8b  ndx.csv
18dc8bf6542da26625d992544a619a5fc210d6dfc799e81ab7fb7f9edbc21f9a  aapl.csv
66fedc25c6269c38628029253739c790a09eed3cf91b2fd09a57abdfffd6be32  msft.csv
92435b4d3a00f7f82871ba5049032ee4a3345f4fa42ef8d27ba680714ff6011d  Rdata.rdb
320147b1f5ab53d93a74aae68da2f2e5a84335e7dbcf48e61b4c93aa65f018ad  Rdata.rdx
SUMS
[ -f DowJones30.csv ] && sha256sum DowJones30.csv
echo "raw source files in $work/raw"
