package org.ameliwalkthrough.ratelimit;

import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's buckets in the {@code rate_limit_bucket} table (V14_1), shared by every instance.
 * Bucket4j's own PostgreSQL module writes {@code ON CONFLICT (id) DO NOTHING}, which H2 (our default
 * database, in PostgreSQL mode) cannot parse; this is the same select-for-update protocol, through
 * Bucket4j's extension point, in SQL both databases run. Bucket4j does the token arithmetic and the
 * state's serialisation; this class only stores bytes under a lock.
 */
final class JdbcBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final String SELECT = "SELECT state FROM rate_limit_bucket WHERE id = ? FOR UPDATE";
    private static final String INSERT =
            "INSERT INTO rate_limit_bucket (id, state) VALUES (?, NULL) ON CONFLICT DO NOTHING";
    private static final String UPDATE = "UPDATE rate_limit_bucket SET state = ?, expires_at = ? WHERE id = ?";
    private static final String PURGE = "DELETE FROM rate_limit_bucket WHERE expires_at < ?";

    private final DataSource dataSource;
    private final ClockTimeMeter time;
    private final ExpirationAfterWriteStrategy expiration;

    JdbcBuckets(DataSource dataSource, ClockTimeMeter time, ExpirationAfterWriteStrategy expiration) {
        super(ClientSideConfig.getDefault().withClientClock(time).withExpirationAfterWriteStrategy(expiration));
        this.dataSource = dataSource;
        this.time = time;
        this.expiration = expiration;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    /** Removes the buckets that are full again (nobody is held back by them); returns how many went. */
    int purgeExpired() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.setLong(1, time.currentTimeMillis());
            return purge.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    @Override
    public void removeProxy(String key) {
        throw new UnsupportedOperationException("buckets expire; they are never removed one by one");
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new Transaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        Transaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                applyTimeout(select, timeoutNanos);
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? LockAndGetResult.locked(rs.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                applyTimeout(insert, timeoutNanos);
                insert.setString(1, key);
                return insert.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
            long nowNanos = time.currentTimeNanos();
            long ttlMillis = expiration.calculateTimeToLiveMillis(state, nowNanos);
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                applyTimeout(update, timeoutNanos);
                update.setBytes(1, data);
                update.setLong(2, ttlMillis < 0 ? Long.MAX_VALUE : time.currentTimeMillis() + ttlMillis);
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private static void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }
}
