// Checks the three builds of invoker.properties: a downstream build, a build with no change,
// and a build after one spec changed and another was removed.
def target = new File(basedir, 'target')
def mainOut = new File(target, 'generated-sources/mlpgen/org/example/nn')
def testOut = new File(target, 'generated-test-sources/mlpgen/org/example/nn')
def log = new File(basedir, 'build.log').text

// 1. Both goals generated, and the test trained the generated network.
assert log.contains('mlpgen: generated 3 networks from 3 specs in ') : 'build 1, generate'
assert log.contains('mlpgen: generated 2 networks from 2 specs in ') : 'build 1, generate-test'
assert log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0/ : 'build 1, tests'

// 2. Nothing was rewritten by the build with no change, nor by build 3 for unchanged specs,
// and the compiler still saw the generated sources (or it would have recompiled without them).
assert log.contains('mlpgen: 3 networks up to date') : 'build 2, generate'
assert (log =~ /mlpgen: 2 networks up to date/).count == 2 : 'builds 2 and 3, generate-test'
assert (log =~ /Nothing to compile - all classes are up to date/).count == 2 : 'build 2, compiler'
long marker = new File(target, 'marker').lastModified()
assert marker > 0
[new File(mainOut, 'TinyRegressor.java'), new File(testOut, 'Probe.java'),
 new File(target, 'mlpgen/generate-test@default.properties')].each { file ->
  assert file.isFile()
  assert file.lastModified() < marker : "${file} was rewritten although nothing changed"
}

// generate-test finds the main output folder among the compile source roots and warns, in
// every build, that a test class hides a main one.
def hidden = '[WARNING] mlpgen: src/test/mlpgen/ShadowsDrifting.mlp.json generates' \
    + ' org.example.nn.Drifting, which target/generated-sources/mlpgen/org/example/nn/' \
    + 'Drifting.java also declares;'
assert log.count(hidden) == 3 : 'builds 1 to 3, hidden main class'

// 3. The changed spec was regenerated; the removed spec's class and folder are gone.
assert log =~ /mlpgen: generated 1 network in \d+ ms, 1 up to date/ : 'build 3, generate'
assert log.contains(', removed 1 stale class') : 'build 3, removal'
def drifting = new File(mainOut, 'Drifting.java')
assert drifting.lastModified() > marker
assert drifting.text.contains('second version') && !drifting.text.contains('first version')
assert !new File(mainOut, 'old/Retired.java').exists()
assert !new File(mainOut, 'old').exists()
def state = new File(target, 'mlpgen/generate@default.properties').text
assert !state.contains('Retired')
return true
