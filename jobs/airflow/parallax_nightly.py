"""Parallax nightly as an Airflow DAG (apache-airflow-providers-apache-spark's SparkSubmitOperator).

Copy this file into the DAGs folder of an Airflow that can reach the cluster, with PARALLAX_HOME set to a
checkout where 'mvn -B -DskipTests package' has built target/parallax-<version>-spark.jar. The Airflow
connection `spark_default` (or PARALLAX_SPARK_CONN) names the master: yarn, spark://host:7077 or k8s://...

Each run processes its data interval's day ({{ ds }}: the run at 2022-01-11 02:30 UTC processes 2022-01-10),
so a backfill or a cleared task re-runs exactly that day, which is safe: Parallax replaces that date's
partitions and nothing else. max_active_runs=1 keeps two runs from writing at once.
"""

import os
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

PARALLAX_HOME = os.environ.get("PARALLAX_HOME", "/opt/parallax")
INPUT = os.environ.get("PARALLAX_INPUT", "hdfs:///crawl/{{ ds }}/*.jsonl.gz")
OUTPUT = os.environ.get("PARALLAX_OUTPUT", "hdfs:///warehouse/parallax")
CONF = os.path.join(PARALLAX_HOME, "conf")


def java_module_options():
    """Spark's Java 17 module flags, from the one list bin/parallax and jobs/spark-submit.sh use."""
    with open(os.path.join(CONF, "java-module-options"), encoding="utf-8") as options:
        return " ".join(
            line.strip() for line in options if line.strip() and not line.strip().startswith("#")
        )


def parallax_jar():
    target = os.path.join(PARALLAX_HOME, "target")
    jars = sorted(f for f in os.listdir(target) if f.startswith("parallax-") and f.endswith("-spark.jar"))
    if not jars:
        raise FileNotFoundError(f"no parallax-*-spark.jar in {target}: run 'mvn -B -DskipTests package'")
    return os.path.join(target, jars[-1])


with DAG(
    dag_id="parallax_nightly",
    schedule="30 2 * * *",
    start_date=pendulum.datetime(2022, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=30)},
    tags=["parallax"],
) as dag:
    module_options = java_module_options()
    SparkSubmitOperator(
        task_id="parallax_run",
        conn_id=os.environ.get("PARALLAX_SPARK_CONN", "spark_default"),
        application=parallax_jar(),
        java_class="io.parallax.cli.Main",
        name="parallax {{ ds }}",
        files=f"{CONF}/parallax.properties,{CONF}/log4j2.properties",
        conf={
            "spark.driver.extraJavaOptions": module_options
            + f" -Dlog4j2.configurationFile=file:{CONF}/log4j2.properties",
            "spark.executor.extraJavaOptions": module_options,
        },
        application_args=[
            "run",
            "--config", f"{CONF}/parallax.properties",
            "--input", INPUT,
            "--output", OUTPUT,
            "--date", "{{ ds }}",
        ],
    )
