package io.wsnotify.adapter.sqlite;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * A result set whose metadata is read once per query ({@link ColumnSnapshot}): DbClient asks for it for every
 * column of every row, with sqlite-jdbc five times the cost of reading the values. Everything else goes to the
 * driver, through a plain class, not a reflective proxy: reading 100 notifications makes ~1,300 calls on it.
 */
@SuppressWarnings("deprecation") // forwards the deprecated getters like the rest
final class QueryResult extends ReadOnlyResultSet {
    private final ResultSet rows;
    private ResultSetMetaData columns;

    QueryResult(ResultSet rows) {
        this.rows = rows;
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        if (columns == null) {
            columns = ColumnSnapshot.of(rows.getMetaData());
        }
        return columns;
    }

    @Override public boolean absolute(int row) throws SQLException { return rows.absolute(row); }
    @Override public void afterLast() throws SQLException { rows.afterLast(); }
    @Override public void beforeFirst() throws SQLException { rows.beforeFirst(); }
    @Override public void clearWarnings() throws SQLException { rows.clearWarnings(); }
    @Override public void close() throws SQLException { rows.close(); }
    @Override public int findColumn(String label) throws SQLException { return rows.findColumn(label); }
    @Override public boolean first() throws SQLException { return rows.first(); }
    @Override public Array getArray(String label) throws SQLException { return rows.getArray(label); }
    @Override public Array getArray(int column) throws SQLException { return rows.getArray(column); }
    @Override public InputStream getAsciiStream(String label) throws SQLException { return rows.getAsciiStream(label); }
    @Override public InputStream getAsciiStream(int column) throws SQLException { return rows.getAsciiStream(column); }
    @Override public BigDecimal getBigDecimal(String label) throws SQLException { return rows.getBigDecimal(label); }
    @Override public BigDecimal getBigDecimal(int column) throws SQLException { return rows.getBigDecimal(column); }
    @Override public BigDecimal getBigDecimal(String label, int scale) throws SQLException { return rows.getBigDecimal(label, scale); }
    @Override public BigDecimal getBigDecimal(int column, int scale) throws SQLException { return rows.getBigDecimal(column, scale); }
    @Override public InputStream getBinaryStream(String label) throws SQLException { return rows.getBinaryStream(label); }
    @Override public InputStream getBinaryStream(int column) throws SQLException { return rows.getBinaryStream(column); }
    @Override public Blob getBlob(String label) throws SQLException { return rows.getBlob(label); }
    @Override public Blob getBlob(int column) throws SQLException { return rows.getBlob(column); }
    @Override public boolean getBoolean(String label) throws SQLException { return rows.getBoolean(label); }
    @Override public boolean getBoolean(int column) throws SQLException { return rows.getBoolean(column); }
    @Override public byte getByte(String label) throws SQLException { return rows.getByte(label); }
    @Override public byte getByte(int column) throws SQLException { return rows.getByte(column); }
    @Override public byte[] getBytes(String label) throws SQLException { return rows.getBytes(label); }
    @Override public byte[] getBytes(int column) throws SQLException { return rows.getBytes(column); }
    @Override public Reader getCharacterStream(String label) throws SQLException { return rows.getCharacterStream(label); }
    @Override public Reader getCharacterStream(int column) throws SQLException { return rows.getCharacterStream(column); }
    @Override public Clob getClob(String label) throws SQLException { return rows.getClob(label); }
    @Override public Clob getClob(int column) throws SQLException { return rows.getClob(column); }
    @Override public int getConcurrency() throws SQLException { return rows.getConcurrency(); }
    @Override public String getCursorName() throws SQLException { return rows.getCursorName(); }
    @Override public Date getDate(String label) throws SQLException { return rows.getDate(label); }
    @Override public Date getDate(int column) throws SQLException { return rows.getDate(column); }
    @Override public Date getDate(String label, Calendar calendar) throws SQLException { return rows.getDate(label, calendar); }
    @Override public Date getDate(int column, Calendar calendar) throws SQLException { return rows.getDate(column, calendar); }
    @Override public double getDouble(String label) throws SQLException { return rows.getDouble(label); }
    @Override public double getDouble(int column) throws SQLException { return rows.getDouble(column); }
    @Override public int getFetchDirection() throws SQLException { return rows.getFetchDirection(); }
    @Override public int getFetchSize() throws SQLException { return rows.getFetchSize(); }
    @Override public float getFloat(String label) throws SQLException { return rows.getFloat(label); }
    @Override public float getFloat(int column) throws SQLException { return rows.getFloat(column); }
    @Override public int getHoldability() throws SQLException { return rows.getHoldability(); }
    @Override public int getInt(String label) throws SQLException { return rows.getInt(label); }
    @Override public int getInt(int column) throws SQLException { return rows.getInt(column); }
    @Override public long getLong(String label) throws SQLException { return rows.getLong(label); }
    @Override public long getLong(int column) throws SQLException { return rows.getLong(column); }
    @Override public Reader getNCharacterStream(String label) throws SQLException { return rows.getNCharacterStream(label); }
    @Override public Reader getNCharacterStream(int column) throws SQLException { return rows.getNCharacterStream(column); }
    @Override public NClob getNClob(String label) throws SQLException { return rows.getNClob(label); }
    @Override public NClob getNClob(int column) throws SQLException { return rows.getNClob(column); }
    @Override public String getNString(String label) throws SQLException { return rows.getNString(label); }
    @Override public String getNString(int column) throws SQLException { return rows.getNString(column); }
    @Override public Object getObject(String label) throws SQLException { return rows.getObject(label); }
    @Override public Object getObject(int column) throws SQLException { return rows.getObject(column); }
    @Override public <T> T getObject(String label, Class<T> type) throws SQLException { return rows.getObject(label, type); }
    @Override public Object getObject(String label, Map<String, Class<?>> map) throws SQLException { return rows.getObject(label, map); }
    @Override public <T> T getObject(int column, Class<T> type) throws SQLException { return rows.getObject(column, type); }
    @Override public Object getObject(int column, Map<String, Class<?>> map) throws SQLException { return rows.getObject(column, map); }
    @Override public Ref getRef(String label) throws SQLException { return rows.getRef(label); }
    @Override public Ref getRef(int column) throws SQLException { return rows.getRef(column); }
    @Override public int getRow() throws SQLException { return rows.getRow(); }
    @Override public RowId getRowId(String label) throws SQLException { return rows.getRowId(label); }
    @Override public RowId getRowId(int column) throws SQLException { return rows.getRowId(column); }
    @Override public SQLXML getSQLXML(String label) throws SQLException { return rows.getSQLXML(label); }
    @Override public SQLXML getSQLXML(int column) throws SQLException { return rows.getSQLXML(column); }
    @Override public short getShort(String label) throws SQLException { return rows.getShort(label); }
    @Override public short getShort(int column) throws SQLException { return rows.getShort(column); }
    @Override public Statement getStatement() throws SQLException { return rows.getStatement(); }
    @Override public String getString(String label) throws SQLException { return rows.getString(label); }
    @Override public String getString(int column) throws SQLException { return rows.getString(column); }
    @Override public Time getTime(String label) throws SQLException { return rows.getTime(label); }
    @Override public Time getTime(int column) throws SQLException { return rows.getTime(column); }
    @Override public Time getTime(String label, Calendar calendar) throws SQLException { return rows.getTime(label, calendar); }
    @Override public Time getTime(int column, Calendar calendar) throws SQLException { return rows.getTime(column, calendar); }
    @Override public Timestamp getTimestamp(String label) throws SQLException { return rows.getTimestamp(label); }
    @Override public Timestamp getTimestamp(int column) throws SQLException { return rows.getTimestamp(column); }
    @Override public Timestamp getTimestamp(String label, Calendar calendar) throws SQLException { return rows.getTimestamp(label, calendar); }
    @Override public Timestamp getTimestamp(int column, Calendar calendar) throws SQLException { return rows.getTimestamp(column, calendar); }
    @Override public int getType() throws SQLException { return rows.getType(); }
    @Override public URL getURL(String label) throws SQLException { return rows.getURL(label); }
    @Override public URL getURL(int column) throws SQLException { return rows.getURL(column); }
    @Override public InputStream getUnicodeStream(String label) throws SQLException { return rows.getUnicodeStream(label); }
    @Override public InputStream getUnicodeStream(int column) throws SQLException { return rows.getUnicodeStream(column); }
    @Override public SQLWarning getWarnings() throws SQLException { return rows.getWarnings(); }
    @Override public boolean isAfterLast() throws SQLException { return rows.isAfterLast(); }
    @Override public boolean isBeforeFirst() throws SQLException { return rows.isBeforeFirst(); }
    @Override public boolean isClosed() throws SQLException { return rows.isClosed(); }
    @Override public boolean isFirst() throws SQLException { return rows.isFirst(); }
    @Override public boolean isLast() throws SQLException { return rows.isLast(); }
    @Override public boolean isWrapperFor(Class<?> type) throws SQLException { return rows.isWrapperFor(type); }
    @Override public boolean last() throws SQLException { return rows.last(); }
    @Override public boolean next() throws SQLException { return rows.next(); }
    @Override public boolean previous() throws SQLException { return rows.previous(); }
    @Override public boolean relative(int offset) throws SQLException { return rows.relative(offset); }
    @Override public boolean rowDeleted() throws SQLException { return rows.rowDeleted(); }
    @Override public boolean rowInserted() throws SQLException { return rows.rowInserted(); }
    @Override public boolean rowUpdated() throws SQLException { return rows.rowUpdated(); }
    @Override public void setFetchDirection(int direction) throws SQLException { rows.setFetchDirection(direction); }
    @Override public void setFetchSize(int size) throws SQLException { rows.setFetchSize(size); }
    @Override public <T> T unwrap(Class<T> type) throws SQLException { return rows.unwrap(type); }
    @Override public boolean wasNull() throws SQLException { return rows.wasNull(); }
}
