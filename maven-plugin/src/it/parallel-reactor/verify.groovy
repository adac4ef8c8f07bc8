// The 4-thread build and the serial build produced the same files, byte for byte.
def log = new File(basedir, 'build.log').text
assert log.contains('with a thread count of 4') : 'build 1 was not parallel'
assert (log =~ /mlpgen: generated 2 networks from 2 specs in /).count == 8 : 'module runs'

['alpha', 'beta', 'gamma', 'delta'].each { module ->
  def parallel = new File(basedir, "${module}/parallel-out")
  def serial = new File(basedir, "${module}/serial-out")
  def files = { File root ->
    def found = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) { file ->
      found[root.toPath().relativize(file.toPath()).toString()] = file.bytes
    }
    found
  }
  def parallelFiles = files(parallel)
  def serialFiles = files(serial)
  assert parallelFiles.size() == 2 : "${module}: ${parallelFiles.keySet()}"
  assert parallelFiles.keySet() == serialFiles.keySet()
  parallelFiles.each { name, bytes ->
    assert Arrays.equals(bytes, serialFiles[name]) : "${module}/${name} differs under -T 4"
  }
}
return true
