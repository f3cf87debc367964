-- Sectors and industries become GICS names (issue #20): instruments and scenario shocks are now picked from the
-- bundled GICS structure (classpath:marketdata/gics.csv, com.rotationrisk.marketdata.Gics) and the services refuse
-- any other name. Values stored before that were free text; this maps the ones whose meaning is clear, in
-- instruments and in shocks alike, so that a shock keeps matching the instruments it matched before.
--   1. Sector names in any case and with stray spaces become their GICS spelling ('financials' -> 'Financials').
--   2. Common non-GICS sector names (data providers' own, GICS names before 2018) become the GICS sector they mean;
--      the same table as Gics.sectorMeant (GicsMigrationTest checks they agree).
--   3. Industries renamed or merged by the GICS revisions of 2018 and 2023 become their current name.
-- Anything else is left as it is: matching stays case-insensitive, the views show it as "not recognised", and the
-- next save of that draft or instrument asks for a GICS name. (Bundled instruments and built-in scenarios already
-- use GICS names.) Plain UPDATEs with lower()/trim(): the same SQL runs on H2 and PostgreSQL.

-- 1. GICS sectors in their own spelling
update instrument set sector = 'Energy' where lower(trim(sector)) = 'energy' and sector <> 'Energy';
update scenario_shock set shock_key = 'Energy' where target = 'SECTOR' and lower(trim(shock_key)) = 'energy' and shock_key <> 'Energy';
update instrument set sector = 'Materials' where lower(trim(sector)) = 'materials' and sector <> 'Materials';
update scenario_shock set shock_key = 'Materials' where target = 'SECTOR' and lower(trim(shock_key)) = 'materials' and shock_key <> 'Materials';
update instrument set sector = 'Industrials' where lower(trim(sector)) = 'industrials' and sector <> 'Industrials';
update scenario_shock set shock_key = 'Industrials' where target = 'SECTOR' and lower(trim(shock_key)) = 'industrials' and shock_key <> 'Industrials';
update instrument set sector = 'Consumer Discretionary' where lower(trim(sector)) = 'consumer discretionary' and sector <> 'Consumer Discretionary';
update scenario_shock set shock_key = 'Consumer Discretionary' where target = 'SECTOR' and lower(trim(shock_key)) = 'consumer discretionary' and shock_key <> 'Consumer Discretionary';
update instrument set sector = 'Consumer Staples' where lower(trim(sector)) = 'consumer staples' and sector <> 'Consumer Staples';
update scenario_shock set shock_key = 'Consumer Staples' where target = 'SECTOR' and lower(trim(shock_key)) = 'consumer staples' and shock_key <> 'Consumer Staples';
update instrument set sector = 'Health Care' where lower(trim(sector)) = 'health care' and sector <> 'Health Care';
update scenario_shock set shock_key = 'Health Care' where target = 'SECTOR' and lower(trim(shock_key)) = 'health care' and shock_key <> 'Health Care';
update instrument set sector = 'Financials' where lower(trim(sector)) = 'financials' and sector <> 'Financials';
update scenario_shock set shock_key = 'Financials' where target = 'SECTOR' and lower(trim(shock_key)) = 'financials' and shock_key <> 'Financials';
update instrument set sector = 'Information Technology' where lower(trim(sector)) = 'information technology' and sector <> 'Information Technology';
update scenario_shock set shock_key = 'Information Technology' where target = 'SECTOR' and lower(trim(shock_key)) = 'information technology' and shock_key <> 'Information Technology';
update instrument set sector = 'Communication Services' where lower(trim(sector)) = 'communication services' and sector <> 'Communication Services';
update scenario_shock set shock_key = 'Communication Services' where target = 'SECTOR' and lower(trim(shock_key)) = 'communication services' and shock_key <> 'Communication Services';
update instrument set sector = 'Utilities' where lower(trim(sector)) = 'utilities' and sector <> 'Utilities';
update scenario_shock set shock_key = 'Utilities' where target = 'SECTOR' and lower(trim(shock_key)) = 'utilities' and shock_key <> 'Utilities';
update instrument set sector = 'Real Estate' where lower(trim(sector)) = 'real estate' and sector <> 'Real Estate';
update scenario_shock set shock_key = 'Real Estate' where target = 'SECTOR' and lower(trim(shock_key)) = 'real estate' and shock_key <> 'Real Estate';

-- 2. non-GICS sector names -> the GICS sector they mean
update instrument set sector = 'Information Technology' where lower(trim(sector)) = 'technology';
update scenario_shock set shock_key = 'Information Technology' where target = 'SECTOR' and lower(trim(shock_key)) = 'technology';
update instrument set sector = 'Information Technology' where lower(trim(sector)) = 'it';
update scenario_shock set shock_key = 'Information Technology' where target = 'SECTOR' and lower(trim(shock_key)) = 'it';
update instrument set sector = 'Financials' where lower(trim(sector)) = 'financial services';
update scenario_shock set shock_key = 'Financials' where target = 'SECTOR' and lower(trim(shock_key)) = 'financial services';
update instrument set sector = 'Financials' where lower(trim(sector)) = 'financial';
update scenario_shock set shock_key = 'Financials' where target = 'SECTOR' and lower(trim(shock_key)) = 'financial';
update instrument set sector = 'Financials' where lower(trim(sector)) = 'finance';
update scenario_shock set shock_key = 'Financials' where target = 'SECTOR' and lower(trim(shock_key)) = 'finance';
update instrument set sector = 'Health Care' where lower(trim(sector)) = 'healthcare';
update scenario_shock set shock_key = 'Health Care' where target = 'SECTOR' and lower(trim(shock_key)) = 'healthcare';
update instrument set sector = 'Consumer Discretionary' where lower(trim(sector)) = 'consumer cyclical';
update scenario_shock set shock_key = 'Consumer Discretionary' where target = 'SECTOR' and lower(trim(shock_key)) = 'consumer cyclical';
update instrument set sector = 'Consumer Staples' where lower(trim(sector)) = 'consumer defensive';
update scenario_shock set shock_key = 'Consumer Staples' where target = 'SECTOR' and lower(trim(shock_key)) = 'consumer defensive';
update instrument set sector = 'Materials' where lower(trim(sector)) = 'basic materials';
update scenario_shock set shock_key = 'Materials' where target = 'SECTOR' and lower(trim(shock_key)) = 'basic materials';
update instrument set sector = 'Communication Services' where lower(trim(sector)) = 'telecommunication services';
update scenario_shock set shock_key = 'Communication Services' where target = 'SECTOR' and lower(trim(shock_key)) = 'telecommunication services';
update instrument set sector = 'Communication Services' where lower(trim(sector)) = 'telecommunications';
update scenario_shock set shock_key = 'Communication Services' where target = 'SECTOR' and lower(trim(shock_key)) = 'telecommunications';
update instrument set sector = 'Communication Services' where lower(trim(sector)) = 'communication';
update scenario_shock set shock_key = 'Communication Services' where target = 'SECTOR' and lower(trim(shock_key)) = 'communication';
update instrument set sector = 'Industrials' where lower(trim(sector)) = 'industrial';
update scenario_shock set shock_key = 'Industrials' where target = 'SECTOR' and lower(trim(shock_key)) = 'industrial';
update instrument set sector = 'Utilities' where lower(trim(sector)) = 'utility';
update scenario_shock set shock_key = 'Utilities' where target = 'SECTOR' and lower(trim(shock_key)) = 'utility';

-- 3. industries and sub-industries renamed by the GICS revisions of 2018 and 2023
update instrument set industry = 'Automobile Components' where lower(trim(industry)) = 'auto components';
update scenario_shock set shock_key = 'Automobile Components' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'auto components';
update instrument set industry = 'Automotive Parts & Equipment' where lower(trim(industry)) = 'auto parts & equipment';
update scenario_shock set shock_key = 'Automotive Parts & Equipment' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'auto parts & equipment';
update instrument set industry = 'Passenger Airlines' where lower(trim(industry)) = 'airlines';
update scenario_shock set shock_key = 'Passenger Airlines' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'airlines';
update instrument set industry = 'Marine Transportation' where lower(trim(industry)) = 'marine';
update scenario_shock set shock_key = 'Marine Transportation' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'marine';
update instrument set industry = 'Ground Transportation' where lower(trim(industry)) = 'road & rail';
update scenario_shock set shock_key = 'Ground Transportation' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'road & rail';
update instrument set industry = 'Rail Transportation' where lower(trim(industry)) = 'railroads';
update scenario_shock set shock_key = 'Rail Transportation' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'railroads';
update instrument set industry = 'Cargo Ground Transportation' where lower(trim(industry)) = 'trucking';
update scenario_shock set shock_key = 'Cargo Ground Transportation' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'trucking';
update instrument set industry = 'Broadline Retail' where lower(trim(industry)) = 'internet & direct marketing retail';
update scenario_shock set shock_key = 'Broadline Retail' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'internet & direct marketing retail';
update instrument set industry = 'Broadline Retail' where lower(trim(industry)) = 'multiline retail';
update scenario_shock set shock_key = 'Broadline Retail' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'multiline retail';
update instrument set industry = 'Broadline Retail' where lower(trim(industry)) = 'department stores';
update scenario_shock set shock_key = 'Broadline Retail' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'department stores';
update instrument set industry = 'Broadline Retail' where lower(trim(industry)) = 'general merchandise stores';
update scenario_shock set shock_key = 'Broadline Retail' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'general merchandise stores';
update instrument set industry = 'Other Specialty Retail' where lower(trim(industry)) = 'specialty stores';
update scenario_shock set shock_key = 'Other Specialty Retail' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'specialty stores';
update instrument set industry = 'Consumer Staples Distribution & Retail' where lower(trim(industry)) = 'food & staples retailing';
update scenario_shock set shock_key = 'Consumer Staples Distribution & Retail' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'food & staples retailing';
update instrument set industry = 'Consumer Staples Merchandise Retail' where lower(trim(industry)) = 'hypermarkets & super centers';
update scenario_shock set shock_key = 'Consumer Staples Merchandise Retail' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'hypermarkets & super centers';
update instrument set industry = 'Personal Care Products' where lower(trim(industry)) = 'personal products';
update scenario_shock set shock_key = 'Personal Care Products' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'personal products';
update instrument set industry = 'Soft Drinks & Non-alcoholic Beverages' where lower(trim(industry)) = 'soft drinks';
update scenario_shock set shock_key = 'Soft Drinks & Non-alcoholic Beverages' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'soft drinks';
update instrument set industry = 'Agricultural Products & Services' where lower(trim(industry)) = 'agricultural products';
update scenario_shock set shock_key = 'Agricultural Products & Services' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'agricultural products';
update instrument set industry = 'Commercial & Residential Mortgage Finance' where lower(trim(industry)) = 'thrifts & mortgage finance';
update scenario_shock set shock_key = 'Commercial & Residential Mortgage Finance' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'thrifts & mortgage finance';
update instrument set industry = 'Diversified Financial Services' where lower(trim(industry)) = 'other diversified financial services';
update scenario_shock set shock_key = 'Diversified Financial Services' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'other diversified financial services';
update instrument set industry = 'Metal, Glass & Plastic Containers' where lower(trim(industry)) = 'metal & glass containers';
update scenario_shock set shock_key = 'Metal, Glass & Plastic Containers' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'metal & glass containers';
update instrument set industry = 'Paper & Plastic Packaging Products & Materials' where lower(trim(industry)) = 'paper packaging';
update scenario_shock set shock_key = 'Paper & Plastic Packaging Products & Materials' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'paper packaging';
update instrument set industry = 'Construction Machinery & Heavy Transportation Equipment' where lower(trim(industry)) = 'construction machinery & heavy trucks';
update scenario_shock set shock_key = 'Construction Machinery & Heavy Transportation Equipment' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'construction machinery & heavy trucks';
update instrument set industry = 'Industrial Machinery & Supplies & Components' where lower(trim(industry)) = 'industrial machinery';
update scenario_shock set shock_key = 'Industrial Machinery & Supplies & Components' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'industrial machinery';
update instrument set industry = 'Semiconductor Materials & Equipment' where lower(trim(industry)) = 'semiconductor equipment';
update scenario_shock set shock_key = 'Semiconductor Materials & Equipment' where target = 'INDUSTRY' and lower(trim(shock_key)) = 'semiconductor equipment';

-- size buckets in shocks in their one spelling (LARGE, MID, SMALL)
update scenario_shock set shock_key = upper(trim(shock_key)) where target = 'SIZE_BUCKET' and upper(trim(shock_key)) in ('LARGE', 'MID', 'SMALL') and shock_key <> upper(trim(shock_key));
