-- Acknowledge one batch and count its records, exactly once even when two workers ack the same batch
-- (the first one's lease ran out and another worker took the batch over).
-- KEYS: batches stream, job hash, job failures list, dead-letter list, batch errors hash
-- ARGV: group, entry id, done documents, failed documents, now (epoch ms), dead-letter entry ('' when the batch
--       is not dead), failure lines...
local acked = redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
redis.call('HDEL', KEYS[5], ARGV[2])
if acked == 0 then
  return 0
end
redis.call('HINCRBY', KEYS[2], 'done_documents', ARGV[3])
redis.call('HINCRBY', KEYS[2], 'failed_documents', ARGV[4])
local doneBatches = redis.call('HINCRBY', KEYS[2], 'done_batches', 1)
if ARGV[6] ~= '' then
  redis.call('RPUSH', KEYS[4], ARGV[6])
  redis.call('HINCRBY', KEYS[2], 'dead_batches', 1)
end
if #ARGV >= 7 then
  for i = 7, #ARGV do
    redis.call('RPUSH', KEYS[3], ARGV[i])
  end
  redis.call('LTRIM', KEYS[3], 0, 9999)
end
local state = redis.call('HGET', KEYS[2], 'state')
local batches = tonumber(redis.call('HGET', KEYS[2], 'batches') or '-1')
if (state == 'queued' or state == 'running') and doneBatches >= batches then
  redis.call('HSET', KEYS[2], 'state', 'done', 'finished', ARGV[5])
end
return 1
