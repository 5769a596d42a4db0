-- Top customers by revenue
SELECT c.id, c."name", COUNT(o.id) AS order_count, SUM(o.total) AS revenue
FROM customers AS c
LEFT JOIN orders o ON o.customer_id = c.id
WHERE o.created_at >= '2024-01-01' AND o.status <> 'cancelled'
  AND c.email LIKE '%@example.com' OR c.note = 'it''s'
GROUP BY c.id, c."name"
HAVING COUNT(o.id) > 5
ORDER BY revenue DESC NULLS LAST
LIMIT 10 OFFSET 20;

/* Schema */
CREATE TABLE IF NOT EXISTS users (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) UNIQUE NOT NULL,
    active BOOLEAN DEFAULT TRUE,
    score NUMERIC(5, 2) DEFAULT 0.0,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

insert into users (email, active) values ('a@b.c', false), (:email, ?);
UPDATE users SET score = score * 1.5 WHERE id = $1;
DELETE FROM `legacy_table` WHERE data::jsonb ->> 'kind' IS NULL;
SELECT ROW_NUMBER() OVER (PARTITION BY dept ORDER BY salary DESC) AS rn FROM staff;
CREATE FUNCTION add(a integer, b integer) RETURNS integer AS $$
    SELECT a + b;
$$ LANGUAGE SQL;
SET @counter = 1e3;
