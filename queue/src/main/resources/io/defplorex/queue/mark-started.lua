-- A worker took a batch of this job: note when work began.
-- KEYS: job hash; ARGV: now (epoch ms)
redis.call('HSETNX', KEYS[1], 'started', ARGV[1])
if redis.call('HGET', KEYS[1], 'state') == 'queued' then
  redis.call('HSET', KEYS[1], 'state', 'running')
end
return 1
