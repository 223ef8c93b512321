-- NRR Lab: monthly MRR movements, one row per month, from subscription periods (written for DuckDB).
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
    TRIM(CAST("customer_id" AS VARCHAR)) AS customer,
    CAST("start_date" AS DATE) AS start_day,
    CAST("end_date" AS DATE) AS end_day,
    COALESCE(CASE WHEN ABS(CAST("monthly_amount" AS DOUBLE)) < 1e11 THEN CAST(ROUND(CAST("monthly_amount" AS DECIMAL(18, 6)) * 100) AS BIGINT) ELSE CAST(ROUND(CAST("monthly_amount" AS DECIMAL(38, 6)) * 100) AS BIGINT) END, 0) AS amount
  FROM "analytics"."subscription_periods"
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
nrr_steps AS (
  SELECT customer, month_no, mrr,
    COALESCE(LAG(mrr) OVER (PARTITION BY customer ORDER BY month_no), 0) AS mrr_before,
    COALESCE(MAX(mrr) OVER (PARTITION BY customer ORDER BY month_no ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS paid_earlier
  FROM nrr_levels
),
nrr_moves AS (
  SELECT s.month_no,
    SUM(s.mrr - s.mrr_before) AS net,
    SUM(CASE WHEN s.mrr > 0 AND s.mrr_before = 0 THEN 1 WHEN s.mrr = 0 AND s.mrr_before > 0 THEN -1 ELSE 0 END) AS paying_change,
    SUM(CASE WHEN s.month_no > b.first_month AND s.mrr > 0 AND s.mrr_before = 0 AND s.paid_earlier = 0 THEN s.mrr ELSE 0 END) AS new_mrr,
    SUM(CASE WHEN s.month_no > b.first_month AND s.mrr_before > 0 AND s.mrr > s.mrr_before THEN s.mrr - s.mrr_before ELSE 0 END) AS expansion_mrr,
    SUM(CASE WHEN s.month_no > b.first_month AND s.mrr > 0 AND s.mrr < s.mrr_before THEN s.mrr_before - s.mrr ELSE 0 END) AS contraction_mrr,
    SUM(CASE WHEN s.month_no > b.first_month AND s.mrr = 0 AND s.mrr_before > 0 THEN s.mrr_before ELSE 0 END) AS churned_mrr,
    SUM(CASE WHEN s.month_no > b.first_month AND s.mrr > 0 AND s.mrr_before = 0 AND s.paid_earlier > 0 THEN s.mrr ELSE 0 END) AS reactivation_mrr
  FROM nrr_steps AS s CROSS JOIN nrr_bounds AS b
  GROUP BY s.month_no
),
nrr_months AS (
  SELECT nrr_series.month_no AS month_no
  FROM nrr_bounds AS b CROSS JOIN generate_series(b.first_month, b.last_month) AS nrr_series(month_no)
),
nrr_totals AS (
  SELECT m.month_no,
    COALESCE(v.new_mrr, 0) AS new_mrr,
    COALESCE(v.expansion_mrr, 0) AS expansion_mrr,
    COALESCE(v.contraction_mrr, 0) AS contraction_mrr,
    COALESCE(v.churned_mrr, 0) AS churned_mrr,
    COALESCE(v.reactivation_mrr, 0) AS reactivation_mrr,
    SUM(COALESCE(v.net, 0)) OVER (ORDER BY m.month_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ending_mrr,
    SUM(COALESCE(v.paying_change, 0)) OVER (ORDER BY m.month_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS paying_customers
  FROM nrr_months AS m LEFT JOIN nrr_moves AS v ON v.month_no = m.month_no
)
SELECT
  make_date(CAST((t.month_no) // 12 AS INTEGER), CAST((t.month_no) % 12 AS INTEGER) + 1, 1) AS month,
  CAST(CAST(t.ending_mrr - t.new_mrr - t.expansion_mrr - t.reactivation_mrr + t.contraction_mrr + t.churned_mrr AS DECIMAL(38, 0)) * 0.01 AS DECIMAL(38, 2)) AS starting_mrr,
  CAST(CAST(t.new_mrr AS DECIMAL(38, 0)) * 0.01 AS DECIMAL(38, 2)) AS new_mrr,
  CAST(CAST(t.expansion_mrr AS DECIMAL(38, 0)) * 0.01 AS DECIMAL(38, 2)) AS expansion_mrr,
  CAST(CAST(t.contraction_mrr AS DECIMAL(38, 0)) * 0.01 AS DECIMAL(38, 2)) AS contraction_mrr,
  CAST(CAST(t.churned_mrr AS DECIMAL(38, 0)) * 0.01 AS DECIMAL(38, 2)) AS churned_mrr,
  CAST(CAST(t.reactivation_mrr AS DECIMAL(38, 0)) * 0.01 AS DECIMAL(38, 2)) AS reactivation_mrr,
  CAST(CAST(t.ending_mrr AS DECIMAL(38, 0)) * 0.01 AS DECIMAL(38, 2)) AS ending_mrr,
  CAST(t.paying_customers AS BIGINT) AS paying_customers
FROM nrr_totals AS t
ORDER BY t.month_no
