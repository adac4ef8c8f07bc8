package io.github.mlpgen.generator.compile;

import java.util.Map;

/**
 * Defines classes from class files held in memory, one loader per compiled network. Its own
 * classes come first: a class of the same name on the parent's class path (a spec may name its
 * class {@code picocli.CommandLine}) would otherwise stand in for the compiled one.
 */
final class InMemoryClassLoader extends ClassLoader {

  private final Map<String, byte[]> classFiles;

  InMemoryClassLoader(Map<String, byte[]> classFiles, ClassLoader parent) {
    super(parent);
    this.classFiles = Map.copyOf(classFiles);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!classFiles.containsKey(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        loaded = findClass(name);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
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
