-- All batches of a job are in the stream: record the totals. Workers may already have finished them all.
-- KEYS: job hash; ARGV: batches, documents, now (epoch ms)
redis.call('HSET', KEYS[1], 'batches', ARGV[1], 'documents', ARGV[2])
local doneBatches = tonumber(redis.call('HGET', KEYS[1], 'done_batches') or '0')
if doneBatches >= tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'state', 'done', 'finished', ARGV[3])
elseif redis.call('HEXISTS', KEYS[1], 'started') == 1 then
  redis.call('HSET', KEYS[1], 'state', 'running')
else
  redis.call('HSET', KEYS[1], 'state', 'queued')
end
return 1
