package io.wsnotify.adapter.sqlite;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A prepared statement lent from a {@link StatementCache}: {@code close()} returns it for reuse;
 * the result sets it gives are {@link QueryResult}s.
 */
final class CachedStatement implements InvocationHandler {
    private final PreparedStatement statement;
    private final String sql;
    private final StatementCache cache;
    private boolean closed;

    private CachedStatement(PreparedStatement statement, String sql, StatementCache cache) {
        this.statement = statement;
        this.sql = sql;
        this.cache = cache;
    }

    static PreparedStatement wrap(PreparedStatement statement, String sql, StatementCache cache) {
        return (PreparedStatement) Proxy.newProxyInstance(CachedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, new CachedStatement(statement, sql, cache));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close" -> {
                if (!closed) {
                    closed = true;
                    cache.giveBack(sql, statement);
                }
                return null;
            }
            case "isClosed" -> {
                return closed;
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            default -> {
                if (closed) {
                    throw new SQLException("This statement is closed");
                }
                try {
                    Object result = method.invoke(statement, args);
                    return result instanceof ResultSet rows ? new QueryResult(rows) : result;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
    }
}
