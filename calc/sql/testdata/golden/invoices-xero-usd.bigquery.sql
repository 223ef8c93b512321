-- NRR Lab: monthly MRR movements, one row per month, from invoice lines (written for BigQuery).
-- Run it in your warehouse and paste the result into NRR Lab: amounts are exact, in whole currency units with two decimals.
-- Each line's amount is spread over the months of its service period: equal shares for whole months, shares by days otherwise, cut so that they add up to the line exactly.
-- End dates are inclusive: a period ending on 2024-02-29 is active on that day.
-- Rows without a customer or a start date, and rows whose end date is on or before their start date, are left out.
-- A line without an end date puts its whole amount in the month of its start date.
-- Amounts are rounded to the cent half away from zero; a customer whose month adds up to less than zero counts as paying nothing.
-- Only rows in USD (or with no currency) are read; rows in other currencies are left out.
-- The months run from the month of the earliest date to the month of the latest date in the data.
-- A customer who paid before, stopped and pays again counts as a reactivation.
-- The first month is the starting base: its customers are not new, and it has no movements.
-- NRR Lab caps GRR per customer at its starting MRR.
WITH
nrr_rows AS (
  SELECT
    TRIM(CAST(`ContactName` AS STRING)) AS customer,
    CAST(`ValidFrom` AS DATE) AS start_day,
    CAST(`ValidTo` AS DATE) AS end_day,
    COALESCE(CASE UPPER(TRIM(CAST(`Currency` AS STRING))) WHEN '$' THEN 'USD' WHEN 'US$' THEN 'USD' WHEN 'RP' THEN 'IDR' WHEN 'RP.' THEN 'IDR' WHEN 'RM' THEN 'MYR' WHEN 'S$' THEN 'SGD' WHEN '€' THEN 'EUR' WHEN '£' THEN 'GBP' ELSE UPPER(TRIM(CAST(`Currency` AS STRING))) END, '') AS currency,
    COALESCE(CAST(ROUND(CAST(`LineAmount` AS NUMERIC) * 100) AS INT64), 0) AS amount
  FROM `Xero Invoices`
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
    DATE_ADD(end_day, INTERVAL 1 DAY) AS paid_until
  FROM nrr_readable
  WHERE (currency = '' OR currency = 'USD')
),
nrr_lines AS (
  SELECT
    customer, paid_from AS start_day,
    amount,
    CASE WHEN paid_until > paid_from THEN paid_until END AS end_day,
    (EXTRACT(YEAR FROM paid_from) * 12 + EXTRACT(MONTH FROM paid_from) - 1) AS first_month,
    CASE WHEN paid_until > paid_from THEN (EXTRACT(YEAR FROM paid_until) * 12 + EXTRACT(MONTH FROM paid_until) - 1) END AS end_month
  FROM nrr_counted
),
nrr_periods AS (
  SELECT
    customer, amount, start_day, end_day, first_month,
    CASE WHEN end_month > first_month AND DATE_ADD(start_day, INTERVAL end_month - first_month MONTH) = end_day THEN end_month - first_month END AS whole_months,
    CASE WHEN end_day IS NULL THEN 1 ELSE DATE_DIFF(end_day, start_day, DAY) END AS period_days,
    CASE WHEN end_day IS NULL THEN first_month WHEN end_month > first_month AND DATE_ADD(start_day, INTERVAL end_month - first_month MONTH) = end_day THEN end_month - 1
      WHEN EXTRACT(DAY FROM end_day) = 1 THEN end_month - 1 ELSE end_month END AS span_last
  FROM nrr_lines
),
nrr_clipped AS (
  SELECT p.*, LEAST(p.span_last, b.last_month) AS last_in
  FROM nrr_periods AS p CROSS JOIN nrr_bounds AS b
),
nrr_weights AS (
  SELECT
    p.customer, p.amount,
    nrr_series_month AS month_no,
    COALESCE(p.whole_months, p.period_days) AS total_weight,
    CASE WHEN p.end_day IS NULL THEN 1 WHEN p.whole_months IS NOT NULL THEN nrr_series_month - p.first_month + 1
      ELSE DATE_DIFF(LEAST(p.end_day, DATE(DIV(nrr_series_month + 1, 12), MOD(nrr_series_month + 1, 12) + 1, 1)), p.start_day, DAY) END AS weight_through,
    CASE WHEN p.end_day IS NULL THEN 0 WHEN p.whole_months IS NOT NULL THEN nrr_series_month - p.first_month
      ELSE DATE_DIFF(GREATEST(p.start_day, DATE(DIV(nrr_series_month, 12), MOD(nrr_series_month, 12) + 1, 1)), p.start_day, DAY) END AS weight_before
  FROM nrr_clipped AS p CROSS JOIN UNNEST(GENERATE_ARRAY(p.first_month, p.last_in)) AS nrr_series_month
),
nrr_amounts AS (
  SELECT customer, month_no,
    SUM((CASE WHEN amount * weight_through < 0 THEN -DIV(total_weight - 2 * amount * weight_through, 2 * total_weight) ELSE DIV(2 * amount * weight_through + total_weight, 2 * total_weight) END) - (CASE WHEN amount * weight_before < 0 THEN -DIV(total_weight - 2 * amount * weight_before, 2 * total_weight) ELSE DIV(2 * amount * weight_before + total_weight, 2 * total_weight) END)) AS amount
  FROM nrr_weights
  GROUP BY customer, month_no
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
  SELECT nrr_series_month AS month_no
  FROM nrr_bounds AS b CROSS JOIN UNNEST(GENERATE_ARRAY(b.first_month, b.last_month)) AS nrr_series_month
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
  DATE(DIV(t.month_no, 12), MOD(t.month_no, 12) + 1, 1) AS month,
  ROUND(CAST(t.ending_mrr - t.new_mrr - t.expansion_mrr - t.reactivation_mrr + t.contraction_mrr + t.churned_mrr AS NUMERIC) / 100, 2) AS starting_mrr,
  ROUND(CAST(t.new_mrr AS NUMERIC) / 100, 2) AS new_mrr,
  ROUND(CAST(t.expansion_mrr AS NUMERIC) / 100, 2) AS expansion_mrr,
  ROUND(CAST(t.contraction_mrr AS NUMERIC) / 100, 2) AS contraction_mrr,
  ROUND(CAST(t.churned_mrr AS NUMERIC) / 100, 2) AS churned_mrr,
  ROUND(CAST(t.reactivation_mrr AS NUMERIC) / 100, 2) AS reactivation_mrr,
  ROUND(CAST(t.ending_mrr AS NUMERIC) / 100, 2) AS ending_mrr,
  CAST(t.paying_customers AS INT64) AS paying_customers
FROM nrr_totals AS t
ORDER BY t.month_no
