package io.github.mlpgen.generator.compile;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/** A file manager that reads the one source from a string and keeps class files in memory. */
final class InMemoryFiles extends ForwardingJavaFileManager<JavaFileManager> {

  private final Map<String, ByteArrayOutputStream> classFiles = new TreeMap<>();

  InMemoryFiles(JavaFileManager delegate) {
    super(delegate);
  }

  /** The source {@code content} of the class {@code qualifiedName}. */
  static JavaFileObject source(String qualifiedName, String content) {
    URI uri = URI.create("string:///" + qualifiedName.replace('.', '/') + ".java");
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return content;
      }
    };
  }

  @Override
  public JavaFileObject getJavaFileForOutput(
      Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
    URI uri = URI.create("bytes:///" + className.replace('.', '/') + kind.extension);
    return new SimpleJavaFileObject(uri, kind) {
      @Override
      public OutputStream openOutputStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        classFiles.put(className, bytes);
        return bytes;
      }
    };
  }

  /** The class files written so far, by binary class name, in name order. */
  Map<String, byte[]> classFiles() {
    Map<String, byte[]> result = new TreeMap<>();
    classFiles.forEach((name, bytes) -> result.put(name, bytes.toByteArray()));
    return result;
  }
}
