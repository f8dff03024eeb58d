package io.wsnotify.adapter.sqlite;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection as lent to one borrower: {@code close()} gives it back to the pool,
 * {@code prepareStatement(sql)} is served from the statement cache, everything else goes to the
 * SQLite connection. After it was given back every call fails.
 */
final class PooledConnection implements InvocationHandler {
    private final PhysicalConnection physical;
    private final ConnectionPool pool;
    private boolean givenBack;

    private PooledConnection(PhysicalConnection physical, ConnectionPool pool) {
        this.physical = physical;
        this.pool = pool;
    }

    static Connection lend(PhysicalConnection physical, ConnectionPool pool) {
        return (Connection) Proxy.newProxyInstance(PooledConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new PooledConnection(physical, pool));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close" -> {
                if (!givenBack) {
                    givenBack = true;
                    pool.giveBack(physical);
                }
                return null;
            }
            case "isClosed" -> {
                return givenBack || physical.connection().isClosed();
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "PooledConnection[" + physical.connection() + (givenBack ? ", given back]" : "]");
            }
            default -> {
                return delegate(method, args);
            }
        }
    }

    private Object delegate(Method method, Object[] args) throws Throwable {
        if (givenBack) {
            throw new SQLException("This connection was given back to the pool");
        }
        if (method.getName().equals("prepareStatement") && args.length == 1) {
            return physical.prepare((String) args[0]);
        }
        try {
            return method.invoke(physical.connection(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
