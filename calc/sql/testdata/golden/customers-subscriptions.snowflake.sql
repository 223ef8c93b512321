-- NRR Lab: each customer's MRR in 2024-01 and in 2025-01, from subscription periods (written for Snowflake).
-- Run it in your warehouse and paste the result into NRR Lab: amounts are exact, in whole currency units with two decimals.
-- A month's MRR is the MRR on its last day: a period counts in a month when it is active on that day.
-- End dates are exclusive: a period ending on 2024-03-01 is active through 2024-02-29.
-- A period with no end date is still running, through the last month.
-- Rows without a customer or a start date, and rows whose end date is on or before their start date, are left out.
-- Amounts are rounded to the cent half away from zero; a customer whose month adds up to less than zero counts as paying nothing.
-- The months run from the month of the earliest date to the month of the latest date in the data.
-- A customer who paid before, stopped and pays again counts as a reactivation.
-- The first month is the starting base: its customers are not new, and it has no movements.
-- NRR Lab caps GRR per customer at its starting MRR.
WITH
nrr_rows AS (
  SELECT
    TRIM(CAST("CUSTOMER_ID" AS VARCHAR)) AS customer,
    CAST("START_DATE" AS DATE) AS start_day,
    CAST("END_DATE" AS DATE) AS end_day,
    COALESCE(CAST(ROUND(CAST("MRR" AS NUMBER(38, 6)) * 100) AS NUMBER(38, 0)), 0) AS amount
  FROM "SUBSCRIPTIONS"
),
nrr_readable AS (
  SELECT *
  FROM nrr_rows
  WHERE customer <> '' AND start_day IS NOT NULL AND (end_day IS NULL OR end_day > start_day)
),
nrr_bounds AS (
  SELECT MIN((EXTRACT(YEAR FROM start_day) * 12 + EXTRACT(MONTH FROM start_day) - 1)) AS first_month, MAX((EXTRACT(YEAR FROM COALESCE(end_day, start_day)) * 12 + EXTRACT(MONTH FROM COALESCE(end_day, start_day)) - 1)) AS last_month
  FROM nrr_readable
),
nrr_counted AS (
  SELECT *,
    start_day AS paid_from,
    end_day AS paid_until
  FROM nrr_readable
),
nrr_priced AS (
  SELECT customer, paid_from, paid_until,
    amount AS units,
    1 AS interval_num,
    1 AS interval_den
  FROM nrr_counted
),
nrr_periods AS (
  SELECT
    customer,
    (EXTRACT(YEAR FROM paid_from) * 12 + EXTRACT(MONTH FROM paid_from) - 1) AS first_month,
    (EXTRACT(YEAR FROM paid_until) * 12 + EXTRACT(MONTH FROM paid_until) - 1) AS end_month,
    units AS mrr
  FROM nrr_priced
),
nrr_changes AS (
  SELECT p.customer, p.first_month AS month_no, p.mrr AS mrr_change
  FROM nrr_periods AS p CROSS JOIN nrr_bounds AS b
  WHERE p.mrr <> 0 AND p.first_month <= b.last_month AND (p.end_month IS NULL OR p.end_month > p.first_month)
  UNION ALL
  SELECT p.customer, p.end_month AS month_no, -p.mrr AS mrr_change
  FROM nrr_periods AS p CROSS JOIN nrr_bounds AS b
  WHERE p.mrr <> 0 AND p.end_month <= b.last_month AND p.end_month > p.first_month
),
nrr_levels AS (
  SELECT customer, month_no,
    GREATEST(SUM(mrr_change) OVER (PARTITION BY customer ORDER BY month_no RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 0) AS mrr
  FROM nrr_changes
),
nrr_spans AS (
  SELECT customer, month_no, mrr, LEAD(month_no) OVER (PARTITION BY customer ORDER BY month_no) AS until_month
  FROM nrr_levels
),
nrr_two AS (
  SELECT l.customer,
    SUM(CASE WHEN 24288 BETWEEN b.first_month AND b.last_month AND l.month_no <= 24288 AND (l.until_month IS NULL OR l.until_month > 24288) THEN l.mrr ELSE 0 END) AS start_mrr,
    SUM(CASE WHEN 24300 BETWEEN b.first_month AND b.last_month AND l.month_no <= 24300 AND (l.until_month IS NULL OR l.until_month > 24300) THEN l.mrr ELSE 0 END) AS end_mrr
  FROM nrr_spans AS l CROSS JOIN nrr_bounds AS b
  GROUP BY l.customer
)
SELECT
  customer,
  CAST(CAST(start_mrr AS NUMBER(38, 0)) / 100 AS NUMBER(38, 2)) AS start_mrr,
  CAST(CAST(end_mrr AS NUMBER(38, 0)) / 100 AS NUMBER(38, 2)) AS end_mrr
FROM nrr_two
WHERE start_mrr > 0 OR end_mrr > 0
ORDER BY customer
