#!/usr/bin/env python3
"""Builds src/main/resources/marketdata/ (instruments.csv and bars/<SYMBOL>.csv) from the raw files
that extract.sh leaves in docs/data/work/raw/, and runs the checks listed in SOURCES.md.

  python3 docs/data/assemble-bundle.py           write the bundle
  python3 docs/data/assemble-bundle.py --check   compare with the committed bundle, write nothing
"""
import argparse
import csv
import datetime
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / 'work' / 'raw'
BUNDLE = HERE.parents[1] / 'src' / 'main' / 'resources' / 'marketdata'
BAR_HEADER = ['date', 'open', 'high', 'low', 'close', 'volume']
MSFT_JOIN = '2000-09-27'  # first day of timeSeries' msft.csv

DOW_SOURCE = ('deb:r-cran-fbasics@4021.93-1/data/DowJones30 (close only); licence GPL-2.0-or-later '
              '(Debian r-cran-fbasics 4021.93-1, DowJones30)')
DOW_BASIS = 'closes only, back-adjusted for splits as of 2001'
SOURCES = {
    'GSPC': ('npm:vega-datasets@3.2.1/data/sp500-2000.csv; licence BSD-3-Clause (npm vega-datasets 3.2.1)',
             'index level'),
    'NDX': ('npm:dc@3.2.1/web/ndx.csv; licence Apache-2.0 (npm dc 3.2.1)', 'index level'),
    'AAPL': ('npm:@observablehq/sample-datasets@1.0.1/aapl.csv; licence ISC (npm @observablehq/sample-datasets 1.0.1)',
             'adjusted for the 2014 7:1 split only; not for dividends'),
    'MSFT': (DOW_SOURCE + f'; from {MSFT_JOIN} full bars from deb:r-cran-timeseries 4021.105-2 extdata/msft.csv '
             '(GPL-2.0-or-later)', DOW_BASIS + f'; unadjusted full bars from {MSFT_JOIN}'),
}
# Names and classification are ours (GICS sectors as of today, names as of 2001); the sources carry tickers only.
INSTRUMENTS = [
    ('AA', 'Alcoa Inc.', 'STOCK', 'Materials', 'Metals & Mining'),
    ('AAPL', 'Apple Inc.', 'STOCK', 'Information Technology', 'Technology Hardware, Storage & Peripherals'),
    ('AXP', 'American Express Company', 'STOCK', 'Financials', 'Consumer Finance'),
    ('BA', 'The Boeing Company', 'STOCK', 'Industrials', 'Aerospace & Defense'),
    ('C', 'Citigroup Inc.', 'STOCK', 'Financials', 'Banks'),
    ('CAT', 'Caterpillar Inc.', 'STOCK', 'Industrials', 'Machinery'),
    ('DD', 'E. I. du Pont de Nemours and Company', 'STOCK', 'Materials', 'Chemicals'),
    ('DIS', 'The Walt Disney Company', 'STOCK', 'Communication Services', 'Entertainment'),
    ('EK', 'Eastman Kodak Company', 'STOCK', 'Consumer Discretionary', 'Leisure Products'),
    ('GE', 'General Electric Company', 'STOCK', 'Industrials', 'Industrial Conglomerates'),
    ('GM', 'General Motors Corporation', 'STOCK', 'Consumer Discretionary', 'Automobiles'),
    ('GSPC', 'S&P 500 Index (^GSPC)', 'INDEX', '', ''),
    ('HD', 'The Home Depot, Inc.', 'STOCK', 'Consumer Discretionary', 'Specialty Retail'),
    ('HON', 'Honeywell International Inc.', 'STOCK', 'Industrials', 'Industrial Conglomerates'),
    ('HWP', 'Hewlett-Packard Company', 'STOCK', 'Information Technology', 'Technology Hardware, Storage & Peripherals'),
    ('IBM', 'International Business Machines Corporation', 'STOCK', 'Information Technology', 'IT Services'),
    ('INTC', 'Intel Corporation', 'STOCK', 'Information Technology', 'Semiconductors & Semiconductor Equipment'),
    ('IP', 'International Paper Company', 'STOCK', 'Materials', 'Paper & Forest Products'),
    ('JNJ', 'Johnson & Johnson', 'STOCK', 'Health Care', 'Pharmaceuticals'),
    ('JPM', 'J.P. Morgan & Co. (JPM)', 'STOCK', 'Financials', 'Banks'),
    ('KO', 'The Coca-Cola Company', 'STOCK', 'Consumer Staples', 'Beverages'),
    ('MCD', "McDonald's Corporation", 'STOCK', 'Consumer Discretionary', 'Hotels, Restaurants & Leisure'),
    ('MMM', 'Minnesota Mining and Manufacturing Company (3M)', 'STOCK', 'Industrials', 'Industrial Conglomerates'),
    ('MO', 'Philip Morris Companies Inc. (Altria)', 'STOCK', 'Consumer Staples', 'Tobacco'),
    ('MRK', 'Merck & Co., Inc.', 'STOCK', 'Health Care', 'Pharmaceuticals'),
    ('MSFT', 'Microsoft Corporation', 'STOCK', 'Information Technology', 'Software'),
    ('NDX', 'Nasdaq-100 Index (^NDX)', 'INDEX', '', ''),
    ('PG', 'The Procter & Gamble Company', 'STOCK', 'Consumer Staples', 'Household Products'),
    ('SBC', 'SBC Communications Inc.', 'STOCK', 'Communication Services', 'Diversified Telecommunication Services'),
    ('T', 'AT&T Corp.', 'STOCK', 'Communication Services', 'Diversified Telecommunication Services'),
    ('UTX', 'United Technologies Corporation', 'STOCK', 'Industrials', 'Aerospace & Defense'),
    ('WMT', 'Wal-Mart Stores, Inc.', 'STOCK', 'Consumer Staples', 'Consumer Staples Distribution & Retail'),
    ('XOM', 'Exxon Mobil Corporation', 'STOCK', 'Energy', 'Oil, Gas & Consumable Fuels'),
]


def read(name, delimiter=','):
    with open(RAW / name, newline='') as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def ohlcv(rows, date, *columns):
    """Copies the price and volume texts unchanged, so the bundle keeps the source's formatting."""
    return [[date(r)] + [r[c] for c in columns] for r in rows]


def iso(us_date):
    return datetime.datetime.strptime(us_date, '%m/%d/%Y').date().isoformat()


def dow_closes():
    rows = read('DowJones30.csv')
    tickers = [c for c in rows[0] if c != 'date']
    # 1991-01-02 repeats 1990-12-31 for all 30 stocks: a copied row, not that day's prices.
    rows = [r for i, r in enumerate(rows) if i == 0 or any(r[t] != rows[i - 1][t] for t in tickers)]
    return {t: [[r['date'], '', '', '', r[t], ''] for r in rows] for t in tickers}


def build_bars():
    """Returns ({symbol: rows}, Microsoft's DowJones30 closes); where a raw file is missing, its
    symbols map to that file's name instead of rows."""
    bars = {}
    def attempt(symbols, raw_name, make):
        bars.update(make() if (RAW / raw_name).exists() else {s: raw_name for s in symbols})
    attempt(['GSPC'], 'sp500-2000.csv', lambda: {'GSPC': ohlcv(
        read('sp500-2000.csv'), lambda r: r['date'], 'open', 'high', 'low', 'close', 'volume')})
    attempt(['NDX'], 'ndx.csv', lambda: {'NDX': ohlcv(
        read('ndx.csv'), lambda r: iso(r['date']), 'open', 'high', 'low', 'close', 'volume')})
    attempt(['AAPL'], 'aapl.csv', lambda: {'AAPL': ohlcv(
        read('aapl.csv'), lambda r: r['Date'], 'Open', 'High', 'Low', 'Close', 'Volume')})
    attempt([s for s, *_ in INSTRUMENTS if s not in bars], 'DowJones30.csv', dow_closes)
    msft_closes = bars['MSFT'] if isinstance(bars['MSFT'], list) else []
    if msft_closes and (RAW / 'msft.csv').exists():
        tail = ohlcv(read('msft.csv', ';'), lambda r: r['%Y-%m-%d'], 'Open', 'High', 'Low', 'Close', 'Volume')
        bars['MSFT'] = [r for r in msft_closes if r[0] < MSFT_JOIN] + tail
    elif msft_closes:
        bars['MSFT'] = 'msft.csv'
    return bars, msft_closes


def csv_text(header, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator='\n')
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def instruments_text():
    rows = [(s, name, kind, sector, industry, 'LARGE', *SOURCES.get(s, (DOW_SOURCE, DOW_BASIS)))
            for s, name, kind, sector, industry in INSTRUMENTS]
    return csv_text(['symbol', 'name', 'asset_type', 'sector', 'industry', 'size_bucket', 'source', 'price_basis'], rows)


def checks(bars, msft_closes):
    """The checks of SOURCES.md; returns a list of failures (empty when all pass)."""
    failures = []
    def close_on(symbol, date):
        return next((float(r[4]) for r in bars.get(symbol, []) if isinstance(r, list) and r[0] == date), None)
    for symbol, date, expected in [('GSPC', '2020-03-16', 2386.13), ('GSPC', '2008-09-29', 1106.42),
                                   ('NDX', '2000-03-27', 4704.73)]:
        if isinstance(bars[symbol], list) and round(close_on(symbol, date) or 0, 2) != expected:
            failures.append(f'{symbol} close on {date} is {close_on(symbol, date)}, expected {expected}')
    closed = ['2001-09-11', '2001-09-12', '2001-09-13', '2001-09-14', '2012-10-29', '2012-10-30']
    for symbol, rows in bars.items():
        if not isinstance(rows, list):
            continue
        dates = [r[0] for r in rows]
        if dates != sorted(set(dates)):
            failures.append(f'{symbol}: dates out of order or repeated')
        failures += [f'{symbol}: bar on {d}, a weekend' for d in dates
                     if datetime.date.fromisoformat(d).weekday() >= 5]
        failures += [f'{symbol}: bar on {d}, a market closure' for d in dates if d in closed]
        for r in rows:
            o, h, l, c = (float(x) if x else None for x in r[1:5])
            if c is None or c <= 0 or (o is not None and not (0 < l <= min(o, c) and max(o, c) <= h)):
                failures.append(f'{symbol} {r[0]}: inconsistent bar {r[1:5]}')
    if isinstance(bars['MSFT'], list):
        dow = {r[0]: float(r[4]) for r in msft_closes}
        gaps = [abs(float(r[4]) / dow[r[0]] - 1) for r in bars['MSFT'] if r[0] >= MSFT_JOIN and r[0] in dow]
        print(f'MSFT: DowJones30 and msft.csv overlap on {len(gaps)} days; largest close difference '
              f'{max(gaps):.4%} (msft.csv quotes fractions such as 1/64, DowJones30 rounds to the cent)')
        if max(gaps) > 0.0002:
            failures.append(f'MSFT: the two sources differ by {max(gaps):.4%}')
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--check', action='store_true', help='compare with the committed bundle; write nothing')
    args = parser.parse_args()

    bars, msft_closes = build_bars()
    failures = checks(bars, msft_closes)
    files = {'instruments.csv': instruments_text()}
    for symbol, *_ in INSTRUMENTS:
        rows = bars[symbol]
        files[f'bars/{symbol}.csv'] = csv_text(BAR_HEADER, rows) if isinstance(rows, list) else None
        if not isinstance(rows, list):
            print(f'SKIP  bars/{symbol}.csv: raw file {rows} missing (run extract.sh)')

    if args.check:
        matched = 0
        for name, text in files.items():
            if text is None:
                continue
            committed = (BUNDLE / name).read_text() if (BUNDLE / name).exists() else ''
            if text == committed:
                matched += 1
                print(f'OK    {name} (identical, {len(text.encode())} bytes)')
            else:
                old, new = committed.splitlines(), text.splitlines()
                line = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
                print(f'DIFF  {name}: line {line + 1}: committed {old[line:line + 1]} rebuilt {new[line:line + 1]} '
                      f'({len(old)} vs {len(new)} lines)')
        print(f'{matched} of {len(files)} files identical to the committed bundle')
    else:
        for name, text in files.items():
            if text is not None:
                (BUNDLE / name).parent.mkdir(parents=True, exist_ok=True)
                (BUNDLE / name).write_text(text)
        print(f'wrote {sum(t is not None for t in files.values())} files to {BUNDLE}')

    for f in failures:
        print('CHECK FAILED', f)
    print('checks: ' + ('all passed' if not failures else f'{len(failures)} failed'))
    identical = not args.check or matched == len(files)
    sys.exit(0 if identical and not failures else 1)


if __name__ == '__main__':
    main()
