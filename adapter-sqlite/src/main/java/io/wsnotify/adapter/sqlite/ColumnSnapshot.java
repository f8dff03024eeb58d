package io.wsnotify.adapter.sqlite;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Result set metadata read once: column count, labels and type names from arrays. The column class
 * name is reported as unknown (null), so DbClient takes a value's class from the value itself
 * rather than loading a class by name per column per row. Anything else goes to the driver.
 */
final class ColumnSnapshot implements InvocationHandler {
    private final ResultSetMetaData original;
    private final String[] labels;
    private final String[] typeNames;

    private ColumnSnapshot(ResultSetMetaData original) throws SQLException {
        this.original = original;
        int count = original.getColumnCount();
        this.labels = new String[count];
        this.typeNames = new String[count];
        for (int i = 0; i < count; i++) {
            labels[i] = original.getColumnLabel(i + 1);
            typeNames[i] = original.getColumnTypeName(i + 1);
        }
    }

    static ResultSetMetaData of(ResultSetMetaData original) throws SQLException {
        return (ResultSetMetaData) Proxy.newProxyInstance(ColumnSnapshot.class.getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class}, new ColumnSnapshot(original));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        return switch (method.getName()) {
            case "getColumnCount" -> labels.length;
            case "getColumnLabel" -> labels[column(args)];
            case "getColumnTypeName" -> typeNames[column(args)];
            case "getColumnClassName" -> null;
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> delegate(method, args);
        };
    }

    private int column(Object[] args) throws SQLException {
        int index = (Integer) args[0];
        if (index < 1 || index > labels.length) {
            throw new SQLException("No column " + index + " in a result of " + labels.length);
        }
        return index - 1;
    }

    private Object delegate(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(original, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
