// e1 generated into the default folder and warned about the class src/main/java declares
// too; e2, writing to the same folder, failed before writing anything, naming both
// executions, and e1's class is the one of e1's spec.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/mlpgen/org/ex')

def duplicate = '[WARNING] mlpgen: src/main/mlpgen/Hand.mlp.yaml generates org.ex.Hand, which' \
    + ' src/main/java/org/ex/Hand.java also declares; compiling fails with a duplicate class.'
assert log.contains(duplicate) : 'e1 did not warn about the hand-written class'

def failure = ':generate (e2) on project shared-output-folder: mlpgen: the executions' \
    + ' generate@e2 and generate@e1 both write to target/generated-sources/mlpgen, so each' \
    + ' would overwrite the other\'s classes and delete them as stale. Give each execution' \
    + ' its own <outputDirectory>.'
assert log.contains(failure) : 'e2 did not fail naming both executions and the folder'
assert !(log =~ /\n\s+at io\.github\.mlpgen/) : 'the failure shows a stack trace'

assert new File(out, 'A.java').text.contains('BATCH = 4') : 'e2 overwrote the class of e1'
assert new File(basedir, 'target/mlpgen/generate@e1.properties').isFile()
assert !new File(basedir, 'target/mlpgen/generate@e2.properties').exists()
return true
