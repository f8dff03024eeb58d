package io.wsnotify.adapter.sqlite;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;

/**
 * A result set whose metadata is read once per query. DbClient asks for the metadata of every
 * column of every row (name, type name, class name, then {@code Class.forName}); with sqlite-jdbc
 * that cost five times more than reading the values. {@link ColumnSnapshot} answers those
 * questions from arrays instead.
 */
final class QueryResult implements InvocationHandler {
    private final ResultSet rows;
    private ResultSetMetaData columns;

    private QueryResult(ResultSet rows) {
        this.rows = rows;
    }

    static ResultSet wrap(ResultSet rows) {
        return (ResultSet) Proxy.newProxyInstance(QueryResult.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, new QueryResult(rows));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "getMetaData" -> {
                if (columns == null) {
                    columns = ColumnSnapshot.of(rows.getMetaData());
                }
                return columns;
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            default -> {
                try {
                    return method.invoke(rows, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
    }
}
