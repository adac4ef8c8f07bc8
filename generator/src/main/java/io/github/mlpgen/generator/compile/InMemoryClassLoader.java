package io.github.mlpgen.generator.compile;

import java.util.Map;

/** Defines classes from class files held in memory, one loader per compiled network. */
final class InMemoryClassLoader extends ClassLoader {

  private final Map<String, byte[]> classFiles;

  InMemoryClassLoader(Map<String, byte[]> classFiles, ClassLoader parent) {
    super(parent);
    this.classFiles = Map.copyOf(classFiles);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classFiles.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
