-- NRR Lab: monthly MRR movements, one row per month, from monthly rows (written for DuckDB).
-- Run it in your warehouse and paste the result into NRR Lab: amounts are exact, in whole currency units with two decimals.
-- Each row is a customer's revenue in the month of its date; rows of the same customer and month add up.
-- Amounts are ARR: each is divided by 12 into MRR.
-- Amounts are rounded to the cent half away from zero; a customer whose month adds up to less than zero counts as paying nothing.
-- The months run from the month of the earliest date to the month of the latest date in the data.
-- A customer who paid before, stopped and pays again counts as a reactivation.
-- The first month is the starting base: its customers are not new, and it has no movements.
-- NRR Lab caps GRR per customer at its starting MRR.
WITH
nrr_rows AS (
  SELECT
    TRIM(CAST("Customer Name" AS VARCHAR)) AS customer,
    (EXTRACT(YEAR FROM CAST("month" AS DATE)) * 12 + EXTRACT(MONTH FROM CAST("month" AS DATE)) - 1) AS month_no,
    COALESCE(CASE WHEN ABS(CAST("ARR" AS DOUBLE)) < 1e11 THEN CAST(ROUND(CAST("ARR" AS DECIMAL(18, 6)) * 100) AS BIGINT) ELSE CAST(ROUND(CAST("ARR" AS DECIMAL(38, 6)) * 100) AS BIGINT) END, 0) AS amount
  FROM "finance"."arr_by_month"
),
nrr_readable AS (
  SELECT *
  FROM nrr_rows
  WHERE customer <> '' AND month_no IS NOT NULL
),
nrr_bounds AS (
  SELECT MIN(month_no) AS first_month, MAX(month_no) AS last_month
  FROM nrr_readable
),
nrr_amounts AS (
  SELECT r.customer, r.month_no, SUM(CASE WHEN r.amount < 0 THEN -((12 - 2 * r.amount) // (2 * 12)) ELSE ((2 * r.amount + 12) // (2 * 12)) END) AS amount
  FROM nrr_readable AS r CROSS JOIN nrr_bounds AS b
  WHERE r.month_no <= b.last_month
  GROUP BY r.customer, r.month_no
),
nrr_next AS (
  SELECT customer, month_no, amount, LEAD(month_no) OVER (PARTITION BY customer ORDER BY month_no) AS next_month
  FROM nrr_amounts
),
nrr_levels AS (
  SELECT customer, month_no, GREATEST(amount, 0) AS mrr
  FROM nrr_next
  UNION ALL
  SELECT n.customer, n.month_no + 1 AS month_no, 0 AS mrr
  FROM nrr_next AS n CROSS JOIN nrr_bounds AS b
  WHERE (n.next_month IS NULL OR n.next_month > n.month_no + 1) AND n.month_no + 1 <= b.last_month
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
