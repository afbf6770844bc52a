-- mart.topics: how many listed offerings carry each topic, per kind (an offering with three
-- topics counts once under each). upcoming counts those also in mart.upcoming.
CREATE OR REPLACE VIEW mart.topics AS
SELECT
    topic,
    o.kind,
    count(*) AS offerings,
    count(*) FILTER (WHERE o.id IN (SELECT id FROM mart.upcoming)) AS upcoming
FROM mart.overview AS o, unnest(o.topics) AS t(topic)
GROUP BY ALL;
