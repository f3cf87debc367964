-- A holding may be a ticker without price history (an "unpriced holding"). When it came from a broker
-- file, the file's own price per share and the date the file gives are kept to value it meanwhile.
alter table holding add column file_price numeric(24, 8);
alter table holding add column file_price_date date;
alter table holding add constraint ck_holding_file_price check (file_price is null or file_price > 0);
