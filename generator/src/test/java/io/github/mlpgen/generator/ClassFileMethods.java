package io.github.mlpgen.generator;

import java.util.LinkedHashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;

/**
 * The bytecode size of every method in a class file, read with ASM's {@link ClassReader}:
 * the {@code code_length} of each method's {@code Code} attribute (JVMS 4.7.3), which is what
 * HotSpot compares with {@code HugeMethodLimit}.
 */
public final class ClassFileMethods {

  private ClassFileMethods() {}

  /** Code length by method name and descriptor, such as {@code forwardLayer1()V}. */
  public static Map<String, Integer> codeSizes(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    char[] buffer = new char[reader.getMaxStringLength()];
    // After access_flags, this_class and super_class come the interfaces, fields and methods.
    int offset = reader.header + 6;
    offset += 2 + 2 * reader.readUnsignedShort(offset);
    int fields = reader.readUnsignedShort(offset);
    offset += 2;
    for (int field = 0; field < fields; field++) {
      offset = skipAttributes(reader, offset + 6);
    }
    Map<String, Integer> sizes = new LinkedHashMap<>();
    int methods = reader.readUnsignedShort(offset);
    offset += 2;
    for (int method = 0; method < methods; method++) {
      String name = reader.readUTF8(offset + 2, buffer) + reader.readUTF8(offset + 4, buffer);
      int attributes = reader.readUnsignedShort(offset + 6);
      offset += 8;
      for (int attribute = 0; attribute < attributes; attribute++) {
        int length = reader.readInt(offset + 2);
        if (reader.readUTF8(offset, buffer).equals("Code")) {
          // attribute_name_index u2, attribute_length u4, max_stack u2, max_locals u2.
          sizes.put(name, reader.readInt(offset + 10));
        }
        offset += 6 + length;
      }
    }
    return sizes;
  }

  private static int skipAttributes(ClassReader reader, int offset) {
    int attributes = reader.readUnsignedShort(offset);
    offset += 2;
    for (int attribute = 0; attribute < attributes; attribute++) {
      offset += 6 + reader.readInt(offset + 2);
    }
    return offset;
  }
}
