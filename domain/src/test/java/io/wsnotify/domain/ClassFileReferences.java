package io.wsnotify.domain;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a compiled class and lists every type it names: class constants (what method bodies use),
 * member descriptors and generic signatures. Internal names, such as {@code java/time/Instant}.
 */
final class ClassFileReferences {
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[\\w$]+)+)[;<]");

    private ClassFileReferences() {}

    static Set<String> of(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNames = new ArrayList<>();
        List<Integer> descriptors = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames.add(in.readUnsignedShort());
                case 16 -> descriptors.add(in.readUnsignedShort());
                case 12 -> {
                    in.readUnsignedShort();
                    descriptors.add(in.readUnsignedShort());
                }
                case 8, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.skipBytes(6);
        in.skipBytes(2 * in.readUnsignedShort());
        for (int members = 0; members < 2; members++) {
            int memberCount = in.readUnsignedShort();
            for (int m = 0; m < memberCount; m++) {
                in.skipBytes(4);
                descriptors.add(in.readUnsignedShort());
                readAttributes(in, utf8, descriptors);
            }
        }
        readAttributes(in, utf8, descriptors);

        Set<String> types = new TreeSet<>();
        for (int index : classNames) {
            String name = utf8[index];
            if (name.startsWith("[")) {
                addTypesIn(name, types);
            } else {
                types.add(name);
            }
        }
        for (int index : descriptors) {
            addTypesIn(utf8[index], types);
        }
        return types;
    }

    private static void readAttributes(DataInputStream in, String[] utf8, List<Integer> descriptors)
            throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            String name = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if ("Signature".equals(name)) {
                descriptors.add(in.readUnsignedShort());
            } else {
                in.skipBytes(length);
            }
        }
    }

    private static void addTypesIn(String descriptor, Set<String> types) {
        Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(descriptor);
        while (matcher.find()) {
            types.add(matcher.group(1));
        }
    }
}
